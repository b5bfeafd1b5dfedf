import type { EquipmentKind, Operator } from './sighting-schema';

/*
 * What the hashtags and caption words of rail-spotting posts mean, in Russian, Ukrainian,
 * Belarusian and a little English. Entries are written the way people type them; the
 * extractor folds every entry and every token through normaliseForSearch, so case, ё/е,
 * і/ї/є/ў, hyphens ("т-72") and look-alike Latin letters need no extra rows.
 *
 * Words that also mean something harmless (град = hail, ураган = hurricane, урал = the
 * Urals, тор, бук = beech, бк, бч, уз) count only as hashtags (`hashtagOnly`). Words that
 * name civilian things as often as military ones (цистерна, наливной) need a fuel word or a
 * military signal elsewhere in the same post (`needsContext`). Generic tags such as #зима,
 * #декабрь, #рек or #беларусь are simply absent.
 */

/** Endings appended to an entry (used as a stem) to generate its inflected forms. */
export const PARADIGMS = {
  /** Hard masculine nouns and acronyms: танк, танки, танков, танками, бтры, танкі, танкаў. */
  noun: ['', 'а', 'у', 'ом', 'е', 'и', 'ы', 'ов', 'ам', 'ами', 'ах', 'і', 'ів', 'аў', 'оў', 'амі'],
  /** Nouns in -а given without it: гаубиц → гаубица, гаубицы, гаубицами. */
  nounA: ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ам', 'ами', 'ах', 'і', 'ай', 'аў', 'амі'],
  /** Adjective stems: военн → военный, военные, военных, військовий, ваенны. */
  adjective: ['ый', 'ий', 'ая', 'ое', 'ые', 'ие', 'ого', 'ой', 'ому', 'ых', 'их', 'ым', 'им', 'ыми', 'ими', 'ую', 'ом', 'а', 'е', 'і', 'ы', 'ыя', 'ае', 'ага', 'ай', 'ої', 'ій'],
  english: ['', 's', 'es'],
} as const;
export type Paradigm = keyof typeof PARADIGMS;

export interface WordEntry {
  /** Surface forms, or stems when `inflect` is set. Spaces mark a multi-word phrase. */
  words: readonly string[];
  inflect?: Paradigm;
  /** Counts only as a hashtag, never as a caption word. */
  hashtagOnly?: boolean;
}

export interface EquipmentRow extends WordEntry {
  kind: EquipmentKind;
  model?: string;
  /** Needs a fuel word or a military signal in the same post (see module comment). */
  needsContext?: boolean;
  /** Model codes ending in a digit also match longer codes: т72 finds т72б3, с400 finds с400м. */
  prefix?: boolean;
}

export const EQUIPMENT_ROWS: readonly EquipmentRow[] = [
  { kind: 'tank', words: ['танк'], inflect: 'noun' },
  { kind: 'tank', words: ['tank'], inflect: 'english' },
  { kind: 'tank', words: ['т72'], model: 'T-72', prefix: true },
  { kind: 'tank', words: ['т80'], model: 'T-80', prefix: true },
  { kind: 'tank', words: ['т90'], model: 'T-90', prefix: true },
  { kind: 'tank', words: ['т64'], model: 'T-64', prefix: true },

  { kind: 'apc-ifv', words: ['бтр', 'бмп', 'бмд', 'мтлб'], inflect: 'noun' },
  { kind: 'apc-ifv', words: ['apc', 'ifv'], inflect: 'english' },
  { kind: 'apc-ifv', words: ['бтр82'], model: 'BTR-82', prefix: true },
  { kind: 'apc-ifv', words: ['бтр80'], model: 'BTR-80', prefix: true },
  { kind: 'apc-ifv', words: ['бмп2'], model: 'BMP-2', prefix: true },
  { kind: 'apc-ifv', words: ['бмп3'], model: 'BMP-3', prefix: true },
  { kind: 'apc-ifv', words: ['бмд4'], model: 'BMD-4', prefix: true },

  { kind: 'light-armoured', words: ['тигр'], model: 'Tigr', inflect: 'noun' },
  { kind: 'light-armoured', words: ['тигр-м', 'тигрм'], model: 'Tigr-M' },
  { kind: 'light-armoured', words: ['тайфун'], model: 'Typhoon', inflect: 'noun', hashtagOnly: true },
  { kind: 'light-armoured', words: ['рысь', 'рыси', 'рысей', 'рысью', 'рысям'], model: 'Rys' },
  { kind: 'light-armoured', words: ['броневик'], inflect: 'noun' },

  { kind: 'artillery', words: ['арта', 'арты', 'арту', 'артой', 'артиллерия', 'артиллерии', 'артиллерию', 'артиллерией', 'артилерія', 'артилерії', 'сау'] },
  { kind: 'artillery', words: ['гаубиц'], inflect: 'nounA' },
  { kind: 'artillery', words: ['howitzer'], inflect: 'english' },
  { kind: 'artillery', words: ['мста', 'мсты', 'мсту', 'мстой', 'мстас'], model: 'Msta' },
  { kind: 'artillery', words: ['акация', 'акации', 'акацию', 'акацией', 'акацій'], model: 'Akatsiya' },
  { kind: 'artillery', words: ['гиацинт'], model: 'Giatsint', inflect: 'noun' },

  { kind: 'mlrs', words: ['рсзо', 'рсзв', 'mlrs'] },
  { kind: 'mlrs', words: ['град'], model: 'Grad', inflect: 'noun', hashtagOnly: true },
  { kind: 'mlrs', words: ['ураган'], model: 'Uragan', inflect: 'noun', hashtagOnly: true },
  { kind: 'mlrs', words: ['смерч'], model: 'Smerch', inflect: 'noun', hashtagOnly: true },
  { kind: 'mlrs', words: ['торнадо'], model: 'Tornado', hashtagOnly: true },

  { kind: 'air-defence', words: ['пво', 'ппо', 'ппа', 'зрк', 'зрпк'] },
  { kind: 'air-defence', words: ['панцирь', 'панцири', 'панциря', 'пантирь', 'панцырь', 'панцирьс1', 'панцирьс'], model: 'Pantsir' },
  { kind: 'air-defence', words: ['тор', 'торм1', 'торм2'], model: 'Tor', hashtagOnly: true },
  { kind: 'air-defence', words: ['бук', 'букм1', 'букм2', 'букм3'], model: 'Buk', hashtagOnly: true },
  { kind: 'air-defence', words: ['с400'], model: 'S-400', prefix: true },
  { kind: 'air-defence', words: ['с300'], model: 'S-300', prefix: true },

  { kind: 'truck', words: ['камаз'], model: 'KamAZ', inflect: 'noun' },
  { kind: 'truck', words: ['урал'], model: 'Ural', inflect: 'noun', hashtagOnly: true },
  { kind: 'truck', words: ['грузовик'], inflect: 'noun' },
  { kind: 'truck', words: ['вантажівк'], inflect: 'nounA' },
  { kind: 'truck', words: ['truck'], inflect: 'english' },

  { kind: 'fuel', words: ['бензовоз', 'топливозаправщик', 'паливозаправник'], inflect: 'noun' },
  { kind: 'fuel', words: ['автоцистерн'], inflect: 'nounA' },
  { kind: 'fuel', words: ['гсм', 'пммм', 'пальное', 'пального', 'пальне', 'пальнае', 'пальнага'] },
  { kind: 'fuel', words: ['цистерн'], inflect: 'nounA', needsContext: true },
  { kind: 'fuel', words: ['наливн'], inflect: 'adjective', needsContext: true },

  { kind: 'ammunition', words: ['боеприпас', 'боєприпас', 'снаряд'], inflect: 'noun' },
  { kind: 'ammunition', words: ['бк'], hashtagOnly: true },
  { kind: 'ammunition', words: ['ammo', 'ammunition'] },

  { kind: 'engineering', words: ['понтон'], inflect: 'noun' },
  { kind: 'engineering', words: ['инженерн', 'інженерн', 'понтонн'], inflect: 'adjective' },
  { kind: 'engineering', words: ['пмп'], model: 'PMP' },
  { kind: 'engineering', words: ['pontoon'], inflect: 'english' },

  { kind: 'medical', words: ['госпиталь', 'госпиталя', 'госпиталю', 'госпитали', 'госпиталей', 'полевой госпиталь', 'шпиталь', 'шпиталі'] },
  { kind: 'medical', words: ['медицин', 'санитарк'], inflect: 'nounA' },
  { kind: 'medical', words: ['скорая', 'скорые', 'скорую', 'скорых', 'швидка', 'швидкі', 'хуткая'] },
  { kind: 'medical', words: ['медицинск', 'санитарн', 'медичн', 'санітарн'], inflect: 'adjective' },
  { kind: 'medical', words: ['буханка-санитарка', 'буханка санитарка'] },
  { kind: 'medical', words: ['ambulance', 'field hospital'], inflect: 'english' },
];

export interface OperatorRow extends WordEntry {
  operator: Operator;
}

export const OPERATOR_ROWS: readonly OperatorRow[] = [
  { operator: 'RZD', words: ['ржд', 'рждрулит', 'ржд_рулит', 'rzd', 'российские железные дороги'] },
  { operator: 'BCh', words: ['бжд', 'белжд', 'белорусскаяжелезнаядорога', 'белорусская железная дорога', 'беларускаячыгунка', 'беларуская чыгунка'] },
  { operator: 'BCh', words: ['бч'], hashtagOnly: true },
  { operator: 'UZ', words: ['укрзалізниця', 'укрзализныця', 'укрзализныци', 'укрзалізниці'] },
  { operator: 'UZ', words: ['уз'], hashtagOnly: true },
];

/** Words that decide the military-echelon flag (rules in hashtag-extractor.ts). */
export const ECHELON_WORDS = {
  /** Say it outright. */
  explicit: [
    { words: ['военныйэшелон', 'воинскийэшелон', 'военныйпоезд', 'военныйсостав', 'військовийешелон', 'військовийпотяг', 'ваенныэшалон', 'вайсковыэшалон', 'militarytrain', 'militaryechelon', 'военнаятехника', 'військоватехніка', 'ваеннаятэхніка', 'вайсковаятэхніка'] },
  ],
  /** "Military": needs something on rails or equipment with it. */
  military: [
    { words: ['военн', 'воинск', 'військов', 'ваенн', 'вайсков', 'армейск'], inflect: 'adjective' },
    { words: ['военные', 'армия', 'армии', 'армію', 'всрф', 'всрб', 'зсу', 'war', 'military', 'army'] },
  ],
  /** "Echelon" or "equipment": military only with a military word or equipment beside them. */
  echelon: [{ words: ['эшелон', 'ешелон', 'эшалон'], inflect: 'noun' }],
  hardware: [{ words: ['техник', 'технік', 'тэхнік'], inflect: 'nounA' }],
  /** Something on rails, which makes a bare "military" tag about the train. */
  railway: [
    { words: ['поезд', 'состав', 'вагон', 'потяг', 'цягнік', 'локомотив', 'тепловоз', 'электровоз'], inflect: 'noun' },
    { words: ['платформ'], inflect: 'nounA' },
  ],
} satisfies Record<string, readonly WordEntry[]>;

/** Fuel words that turn цистерна/наливной into fuel. */
export const FUEL_CONTEXT: readonly WordEntry[] = [
  { words: ['топливо', 'топлива', 'топливом', 'топливе', 'паливо', 'палива', 'fuel', 'керосин', 'дизтопливо'] },
  { words: ['бензин', 'дизель', 'керосин'], inflect: 'noun' },
  { words: ['солярк'], inflect: 'nounA' },
];

export interface LocomotiveFamily {
  /** Latin spelling of the series prefix as it is canonically written. */
  canonical: string;
  /** Series numbers that exist, so "вл99" or "м5" are not read as locomotives. */
  numbers: readonly number[];
}

/** Keyed by the folded prefix (normaliseForSearch of "ВЛ", "2ТЭ", "ЧС", …). */
export const LOCOMOTIVE_FAMILIES: Readonly<Record<string, LocomotiveFamily>> = {
  vl: { canonical: 'VL', numbers: [10, 11, 15, 60, 65, 80, 82, 85] },
  '2te': { canonical: '2TE', numbers: [10, 25, 116, 121] },
  te: { canonical: 'TE', numbers: [33] },
  tep: { canonical: 'TEP', numbers: [70] },
  chs: { canonical: 'ChS', numbers: [2, 4, 7, 8] },
  '2es': { canonical: '2ES', numbers: [4, 5, 6, 10] },
  '3es': { canonical: '3ES', numbers: [5] },
  '4es': { canonical: '4ES', numbers: [5] },
  m: { canonical: 'M', numbers: [62] },
};

/** Locomotives known by a name rather than a code. Ermak is the 2ES5K (3ES5K: three sections). */
export const LOCOMOTIVE_NAMES: readonly { words: readonly string[]; locomotive: string; inflect?: Paradigm }[] = [
  { words: ['ермак'], locomotive: '2ES5K', inflect: 'noun' },
];
