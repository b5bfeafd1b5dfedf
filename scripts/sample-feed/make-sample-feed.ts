// Writes public/feeds/sample.geojson, the illustrative feed that ships with the app.
// Run by hand (`npx tsx scripts/sample-feed/make-sample-feed.ts`); the JSON is the artefact and
// make-sample-feed.test.ts fails when the two drift apart.
// Output is deterministic: no clock, no randomness, so re-running gives a byte-identical file
// and a diff shows only intended changes.
//
// The sightings are invented. Places, dates and kinds of equipment follow public reporting of
// January–February 2022; authors, URLs, captions and counts do not describe real posts.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Platform = 'tiktok' | 'telegram' | 'vk' | 'twitter' | 'youtube' | 'other';
type Status = 'unverified' | 'geolocated' | 'confirmed' | 'disputed' | 'disinformation';
type Level = 'exact' | 'approximate' | 'town' | 'region';
type Kind =
  | 'tank' | 'apc-ifv' | 'light-armoured' | 'artillery' | 'mlrs' | 'air-defence'
  | 'truck' | 'fuel' | 'ammunition' | 'engineering' | 'medical' | 'other';
interface Equipment { kind: Kind; model?: string; count?: number }

// Coordinates sit at or next to each town's railway station (within ~2 km); where the railhead
// is only known roughly (Polushkino, Soloti, Boguchar, Pogonovo) the rows widen the uncertainty.
const PLACES = {
  polushkino: { label: 'Polushkino, Odintsovo district, Moscow oblast, Russia', at: [36.884, 55.606] },
  smolensk: { label: 'Smolensk, Smolensk oblast, Russia', at: [32.049, 54.794] },
  yelnya: { label: 'Yelnya, Smolensk oblast, Russia', at: [33.17, 54.57] },
  bryansk: { label: 'Bryansk, Bryansk oblast, Russia', at: [34.36, 53.245] },
  klintsy: { label: 'Klintsy, Bryansk oblast, Russia', at: [32.234, 52.757] },
  novozybkov: { label: 'Novozybkov, Bryansk oblast, Russia', at: [31.933, 52.54] },
  kursk: { label: 'Kursk, Kursk oblast, Russia', at: [36.219, 51.744] },
  belgorod: { label: 'Belgorod, Belgorod oblast, Russia', at: [36.58, 50.598] },
  valuyki: { label: 'Valuyki, Belgorod oblast, Russia', at: [38.101, 50.208] },
  soloti: { label: 'Soloti, Valuyki district, Belgorod oblast, Russia', at: [38.12, 50.26] },
  voronezh: { label: 'Voronezh, Voronezh oblast, Russia', at: [39.195, 51.678] },
  pogonovo: { label: 'Pogonovo training ground railhead, Voronezh oblast, Russia', at: [39.13, 51.55] },
  boguchar: { label: 'Boguchar, Voronezh oblast, Russia', at: [40.51, 49.96] },
  orsha: { label: 'Orsha, Vitebsk region, Belarus', at: [30.417, 54.511] },
  asipovichy: { label: 'Asipovichy, Mogilev region, Belarus', at: [28.64, 53.3] },
  baranavichy: { label: 'Baranavichy, Brest region, Belarus', at: [26.03, 53.13] },
  brest: { label: 'Brest, Brest region, Belarus', at: [23.68, 52.1] },
  luninets: { label: 'Luninets, Brest region, Belarus', at: [26.806, 52.245] },
  zhytkavichy: { label: 'Zhytkavichy, Homel region, Belarus', at: [27.862, 52.226] },
  kalinkavichy: { label: 'Kalinkavichy, Homel region, Belarus', at: [29.33, 52.128] },
  mazyr: { label: 'Mazyr, Homel region, Belarus', at: [29.25, 52.04] },
  yelsk: { label: 'Yelsk, Homel region, Belarus', at: [29.155, 51.812] },
  khoiniki: { label: 'Khoiniki, Homel region, Belarus', at: [29.965, 51.9] },
  rechytsa: { label: 'Rechytsa, Homel region, Belarus', at: [30.388, 52.366] },
  homel: { label: 'Homel, Homel region, Belarus', at: [30.997, 52.433] },
} as const satisfies Record<string, { label: string; at: readonly [number, number] }>;
type PlaceKey = keyof typeof PLACES;

// A train is one consist seen at several places; sharing it across rows is what lets an
// analyst join sightings into a track.
interface Train { loco?: string; wagons?: number; eq?: Equipment[] }
const e = (kind: Kind, model: string, count: number): Equipment => ({ kind, model, count });
const TRAINS = {
  tigr: { loco: 'VL10', wagons: 32, eq: [e('light-armoured', 'Tigr-M', 14), e('truck', 'KamAZ-43118', 6)] },
  t72: { loco: '2TE10U', wagons: 40, eq: [e('tank', 'T-72B3', 22), e('apc-ifv', 'BMP-2', 8)] },
  bmp: { loco: '2TE10U', wagons: 36, eq: [e('apc-ifv', 'BMP-2', 20), e('truck', 'Ural-4320', 10)] },
  btr: { loco: 'VL80S', wagons: 30, eq: [e('apc-ifv', 'BTR-82A', 18), e('truck', 'KamAZ-5350', 8)] },
  yelnya: { loco: '2TE116', wagons: 28, eq: [e('tank', 'T-72B3', 16), e('other', '9K720 Iskander-M', 4)] },
  msta: { loco: 'VL10', wagons: 30, eq: [e('artillery', '2S19 Msta-S', 18), e('truck', 'Ural-4320', 8)] },
  uragan: { loco: 'VL10', wagons: 24, eq: [e('mlrs', 'BM-27 Uragan', 12), e('truck', 'KamAZ-5350', 4)] },
  s400: { loco: '2TE10U', wagons: 28, eq: [e('air-defence', 'S-400', 8), e('air-defence', 'Pantsir-S1', 2)] },
  grad: {
    loco: '2TE10U', wagons: 34,
    eq: [e('mlrs', 'BM-21 Grad', 12), e('ammunition', 'ammunition boxcars', 6), e('truck', 'Ural-4320', 6)],
  },
  t80: { loco: 'VL10U', wagons: 34, eq: [e('tank', 'T-80BVM', 20), e('apc-ifv', 'BMP-2', 6)] },
  pontoon: { loco: '2TE10U', wagons: 26, eq: [e('engineering', 'PMP pontoon bridge', 12), e('engineering', 'IMR-2', 2)] },
  bmp3: { loco: 'VL80S', wagons: 30, eq: [e('apc-ifv', 'BMP-3', 14), e('truck', 'KamAZ-5350', 10)] },
  medical: {
    loco: '2TE10U', wagons: 20,
    eq: [e('medical', 'UAZ-452 ambulance', 10), e('medical', 'field hospital modules', 4), e('truck', 'KamAZ-5350', 4)],
  },
  fuel: { loco: '2TE10U', wagons: 30, eq: [e('fuel', 'ATZ-10 fuel trucks', 8), e('fuel', 'rail tank cars', 16)] },
  fuelDon: { loco: 'VL80S', wagons: 26, eq: [e('fuel', 'rail tank cars', 22), e('fuel', 'ATZ-10 fuel trucks', 4)] },
  fuelBelgorod: { loco: 'VL10U', wagons: 32, eq: [e('fuel', 'rail tank cars', 18), e('fuel', 'ATZ-10 fuel trucks', 10)] },
  returning: { loco: 'VL80S', wagons: 36, eq: [e('tank', 'T-72B3', 12), e('apc-ifv', 'BMP-2', 10)] },
  ammo: { loco: '2TE10U', wagons: 22, eq: [e('ammunition', 'ammunition boxcars', 20)] },
  ammoYelnya: { loco: '2TE116', wagons: 18, eq: [e('ammunition', 'ammunition boxcars', 16)] },
  ammoPolesie: { loco: '2TE10U', wagons: 28, eq: [e('ammunition', 'ammunition boxcars', 26)] },
  ammoDon: { loco: 'VL80S', wagons: 24, eq: [e('ammunition', 'ammunition boxcars', 22)] },
  medical2: { loco: '2TE10U', wagons: 14, eq: [e('medical', 'UAZ-452 ambulance', 6), e('medical', 'field hospital modules', 2)] },
  bmp3v: { loco: 'VL10', wagons: 26, eq: [e('apc-ifv', 'BMP-3', 12), e('truck', 'KamAZ-5350', 8)] },
  zTanks: { loco: '2TE10U', wagons: 30, eq: [e('tank', 'T-72B3', 16), e('apc-ifv', 'BTR-82A', 6)] },
  empty: { loco: '2TE10U', wagons: 40 },
} as const satisfies Record<string, Train>;
type TrainKey = keyof typeof TRAINS;

interface Row {
  at: string; // observedAt
  lag: number; // hours from observation to posting
  p: PlaceKey;
  t?: TrainKey;
  st: Status;
  pf: Platform;
  by: string;
  cap: string;
  tags?: string[];
  hd?: string | number;
  prec?: [Level, number];
  loco?: string; // overrides the train's locomotive (changed at the Russia–Belarus border)
  derive?: true; // equipment, locomotive and wagons left out: only the text tells them
  arch?: true;
  dupOf?: number; // index of the row whose clip this reposts: same spot and time
  label?: string; // overrides the place label
  note?: string; // unknown property on purpose: feeds may carry fields railwatch keeps as-is
}

const ROWS: Row[] = [
  /* 0 */ { at: '2022-01-14T10:20:00Z', lag: 5, p: 'voronezh', t: 'msta', st: 'unverified', pf: 'tiktok', by: '@voronezh_chp', cap: 'Эшелон с самоходками прибыл на Воронеж-1', tags: ['#военныйэшелон', '#техника', '#воронеж'], hd: 'S', prec: ['town', 3] },
  /* 1 */ { at: '2022-01-15', lag: 20, p: 'pogonovo', t: 'msta', st: 'geolocated', pf: 'telegram', by: '@voronezh_glavnoe', cap: 'Под Погоново разгружают Мсту-С, колонна ушла на полигон', tags: ['#погоново', '#мста', '#учения'], prec: ['approximate', 6] },
  /* 2 */ { at: '2022-01-16T11:05:00Z', lag: 4, p: 'polushkino', t: 'tigr', st: 'geolocated', pf: 'tiktok', by: '@podmoskovye_rails', cap: 'ВЛ10 тащит эшелон с Тиграми на запад', tags: ['#военныйэшелон', '#вл10', '#тигр', '#ржд', '#рждрулит'], hd: 'W', prec: ['approximate', 3], arch: true },
  /* 3 */ { at: '2022-01-16T11:05:00Z', lag: 30, p: 'polushkino', st: 'unverified', pf: 'vk', by: '@military_reposts', cap: 'Под Москвой эшелон с Тиграми идёт на запад, ВЛ10. Куда едут?', tags: ['эшелон', 'вл10', 'военные'], derive: true, dupOf: 2, note: 'Likely repost of the TikTok clip rw-sample-003.' },
  /* 4 */ { at: '2022-01-17T08:40:00Z', lag: 6, p: 'smolensk', t: 'tigr', st: 'confirmed', pf: 'telegram', by: '@smolensk_online_tg', cap: 'Через Смоленск прошёл эшелон с бронеавтомобилями Тигр и КамАЗами', tags: ['#смоленск', '#эшелон'], hd: 'W', prec: ['exact', 0.5], arch: true },
  /* 5 */ { at: '2022-01-17', lag: 28, p: 'yelnya', t: 'yelnya', st: 'unverified', pf: 'vk', by: '@yelnya_segodnya', cap: 'Ельня, опять эшелоны: танки т72 и Искандеры, тепловоз 2ТЭ116', tags: ['#танки', '#искандер', '#ельня'], prec: ['town', 4] },
  /* 6 */ { at: '2022-01-18T13:15:00Z', lag: 3, p: 'orsha', t: 'tigr', loco: 'VL80S', st: 'geolocated', pf: 'tiktok', by: '@orsha_vokzal', cap: 'Орша, тигры едут дальше на запад', tags: ['#военныйэшелон', '#вл80', '#орша', '#бжд'], hd: 'W', prec: ['exact', 1] },
  /* 7 */ { at: '2022-01-19T07:50:00Z', lag: 9, p: 'voronezh', t: 'bmp3v', st: 'unverified', pf: 'youtube', by: '@vrn_trains', cap: 'Воронеж: ещё один эшелон с БМП-3 и КамАЗами', tags: ['#бмп', '#воронеж', '#эшелон'], hd: 'SW', prec: ['town', 3] },
  /* 8 */ { at: '2022-01-19T15:30:00Z', lag: 5, p: 'asipovichy', t: 'tigr', loco: 'VL80S', st: 'geolocated', pf: 'telegram', by: '@belrail_watch', cap: 'Асиповичи, тот же эшелон с Тиграми, идёт на юго-запад', hd: 'SW', prec: ['exact', 1] },
  /* 9 */ { at: '2022-01-20T10:10:00Z', lag: 7, p: 'baranavichy', t: 'tigr', loco: 'VL80S', st: 'confirmed', pf: 'tiktok', by: '@baranovichi_live', cap: 'Барановичи, разгрузка Тигров к учениям Союзная решимость', tags: ['#союзнаярешимость', '#учения', '#барановичи'], hd: 'W', prec: ['exact', 0.5] },
  /* 10 */ { at: '2022-01-20', lag: 22, p: 'yelnya', st: 'unverified', pf: 'tiktok', by: '@smolensk_zheleznka', cap: 'Ельня: выгружаются танки т72, сколько их уже здесь', tags: ['#танки', '#ельня', '#военные', '#техника'], derive: true, prec: ['town', 4] },
  /* 11 */ { at: '2022-01-21T09:00:00Z', lag: 10, p: 'brest', t: 'btr', st: 'geolocated', pf: 'telegram', by: '@brest_today_tg', cap: 'Брест, эшелон с БТР-82А под ВЛ80С', hd: 'W', prec: ['exact', 1] },
  /* 12 */ { at: '2022-01-21', lag: 40, p: 'pogonovo', st: 'disputed', pf: 'tiktok', by: '@don_region_news', cap: 'Погоново, к полигону подходят танки', tags: ['#танки', '#погоново'], derive: true, prec: ['region', 30], note: 'Landscape does not match the Pogonovo railhead; may be filmed on the Liski line.' },
  /* 13 */ { at: '2022-01-22T12:30:00Z', lag: 6, p: 'bryansk', t: 't72', st: 'unverified', pf: 'tiktok', by: '@bryansk_rails', cap: 'Брянск, длинный эшелон с танками идёт на запад', tags: ['#военныйэшелон', '#танки', '#брянск'], hd: 'W', prec: ['approximate', 3] },
  /* 14 */ { at: '2022-01-23T08:20:00Z', lag: 4, p: 'klintsy', t: 't72', st: 'geolocated', pf: 'tiktok', by: '@klintsy_vokzal', cap: 'Клинцы, Т-72Б3 и БМП-2, тепловоз 2ТЭ10У', tags: ['#танки', '#эшелон', '#клинцы'], hd: 'W', prec: ['exact', 1] },
  /* 15 */ { at: '2022-01-23T12:45:00Z', lag: 8, p: 'novozybkov', t: 't72', st: 'geolocated', pf: 'vk', by: '@novozybkov_info', cap: 'Новозыбков, эшелон с танками в сторону Гомеля', hd: 'W', prec: ['exact', 1] },
  /* 16 */ { at: '2022-01-24T09:30:00Z', lag: 3, p: 'homel', t: 't72', st: 'confirmed', pf: 'telegram', by: '@gomel_live_tg', cap: 'Гомель, на станции эшелон с Т-72Б3 и БМП-2', tags: ['#гомель', '#бжд', '#эшелон'], hd: 'W', prec: ['exact', 0.5], arch: true },
  /* 17 */ { at: '2022-01-24T16:10:00Z', lag: 5, p: 'rechytsa', t: 't72', st: 'geolocated', pf: 'tiktok', by: '@rechitsa_rail', cap: 'Рэчыца, танкі ідуць на захад', tags: ['#танкі', '#ешелон', '#бжд'], hd: 'W', prec: ['exact', 1] },
  /* 18 */ { at: '2022-01-25T10:05:00Z', lag: 6, p: 'kalinkavichy', t: 't72', st: 'geolocated', pf: 'tiktok', by: '@kalinki_spotter', cap: 'Калинковичи, тот же эшелон с т72 повернул на Мозырь', tags: ['#военныйэшелон', '#танки', '#бжд'], hd: 'SW', prec: ['exact', 1] },
  /* 19 */ { at: '2022-01-25T14:40:00Z', lag: 12, p: 'mazyr', st: 'unverified', pf: 'tiktok', by: '@mozyr_today', cap: 'Мазыр, эшалон з танкамі і бмп, цеплавоз 2ТЭ10У', tags: ['#танкі', '#бмп', '#мазыр'], hd: 'S', derive: true, prec: ['town', 2] },
  /* 20 */ { at: '2022-01-26T09:15:00Z', lag: 4, p: 'yelsk', t: 't72', st: 'confirmed', pf: 'tiktok', by: '@rail_spotter_gomel', cap: 'Ельск, разгрузка танков, до границы с Украиной 25 км', tags: ['#военныйэшелон', '#танки', '#бмп', '#ельск'], hd: 'S', prec: ['exact', 0.5], arch: true },
  /* 21 */ { at: '2022-01-26T09:15:00Z', lag: 20, p: 'yelsk', st: 'unverified', pf: 'twitter', by: '@osint_watcher_by', cap: 'Tanks (T-72B3) and BMP-2 unloading at Yelsk, about 25 km from the Ukrainian border', tags: ['#Belarus', '#Ukraine'], derive: true, dupOf: 20, note: 'Same clip as rw-sample-021, reposted.' },
  /* 22 */ { at: '2022-01-27T11:00:00Z', lag: 8, p: 'yelsk', st: 'unverified', pf: 'telegram', by: '@polesie_news_tg', cap: 'Разгрузились в Ельске, колонна танков пошла на Наровлю', tags: ['#танки', '#ельск', '#наровля'], derive: true, prec: ['town', 3] },
  /* 23 */ { at: '2022-01-27', lag: 30, p: 'yelsk', st: 'disputed', pf: 'tiktok', by: '@narovlya_life', cap: 'Наровля, БТРы выгружают с эшелона прямо у нас', tags: ['#бтр', '#наровля', '#ешелон'], derive: true, label: 'Yelsk railhead (caption claims Naroulia), Homel region, Belarus', prec: ['region', 25], note: 'Naroulia has no railway station; the clip probably shows the Yelsk railhead.' },
  /* 24 */ { at: '2022-01-28T07:30:00Z', lag: 5, p: 'homel', t: 'bmp', st: 'unverified', pf: 'vk', by: '@gomel_chp', cap: 'Гомель, эшелон с БМП и Уралами', tags: ['#бмп', '#гомель', '#военные'], hd: 'W', prec: ['town', 2] },
  /* 25 */ { at: '2022-01-29T13:20:00Z', lag: 4, p: 'kalinkavichy', t: 'bmp', st: 'geolocated', pf: 'tiktok', by: '@kalinki_spotter', cap: 'Калинковичи, БМП-2 на платформах, идут на юг', hd: 'SW', prec: ['exact', 1] },
  /* 26 */ { at: '2022-01-30T10:40:00Z', lag: 6, p: 'yelsk', t: 'bmp', st: 'geolocated', pf: 'tiktok', by: '@rail_spotter_gomel', cap: 'Ельск, ещё один эшелон, теперь БМП', tags: ['#бмп', '#ельск', '#эшелон'], hd: 'S', prec: ['exact', 1] },
  /* 27 */ { at: '2022-01-30T15:00:00Z', lag: 10, p: 'mazyr', st: 'disputed', pf: 'telegram', by: '@mozyr_today', cap: 'Мозырь, эшелон с БТР-82А идёт к Ельску', tags: ['#бтр', '#мозырь'], derive: true, hd: 'S', prec: ['town', 2], note: 'Analysts read the vehicles as BMP-2 (the train of rw-sample-027), not BTR-82A.' },
  /* 28 */ { at: '2022-01-31T09:45:00Z', lag: 7, p: 'smolensk', t: 'uragan', st: 'unverified', pf: 'tiktok', by: '@smolensk_zheleznka', cap: 'Смоленск, Ураганы под ВЛ10 на запад', tags: ['#вл10', '#ураган', '#военныйэшелон'], hd: 'W', prec: ['town', 2] },
  /* 29 */ { at: '2022-02-01T08:10:00Z', lag: 5, p: 'orsha', t: 'uragan', loco: 'VL80S', st: 'geolocated', pf: 'tiktok', by: '@orsha_vokzal', cap: 'Орша, РСЗО Ураган на платформах', tags: ['#орша', '#эшелон'], hd: 'W', prec: ['exact', 1] },
  /* 30 */ { at: '2022-02-02T07:25:00Z', lag: 4, p: 'orsha', t: 's400', st: 'geolocated', pf: 'telegram', by: '@belrail_watch', cap: 'Орша, пусковые С-400 и Панцирь на юг', hd: 'S', prec: ['exact', 1] },
  /* 31 */ { at: '2022-02-02T16:50:00Z', lag: 6, p: 'baranavichy', t: 'uragan', loco: 'VL80S', st: 'unverified', pf: 'vk', by: '@baranovichi_live', cap: 'Барановичи, Ураганы проехали без остановки', hd: 'SW', prec: ['town', 2] },
  /* 32 */ { at: '2022-02-03T11:30:00Z', lag: 3, p: 'brest', t: 'uragan', loco: 'VL80S', st: 'confirmed', pf: 'tiktok', by: '@brest_rails', cap: 'Брест, разгрузка Ураганов для учений', tags: ['#союзнаярешимость', '#учения', '#брест'], hd: 'W', prec: ['exact', 0.5] },
  /* 33 */ { at: '2022-02-03T14:00:00Z', lag: 8, p: 'asipovichy', t: 's400', st: 'geolocated', pf: 'tiktok', by: '@asipovichy_rail', cap: 'Асиповичи, С-400 и Панцирь, 2ТЭ10У', tags: ['#пво', '#с400', '#эшелон'], hd: 'S', prec: ['exact', 1] },
  /* 34 */ { at: '2022-02-04T09:20:00Z', lag: 5, p: 'homel', t: 's400', st: 'confirmed', pf: 'telegram', by: '@gomel_live_tg', cap: 'Гомель, прибыли С-400 и Панцирь-С1', tags: ['#гомель', '#пво'], hd: 'SE', prec: ['exact', 0.5], arch: true },
  /* 35 */ { at: '2022-02-04T13:10:00Z', lag: 9, p: 'baranavichy', t: 'grad', st: 'unverified', pf: 'tiktok', by: '@baranovichi_live', cap: 'Барановичи, Грады и вагоны с боеприпасами на юг', tags: ['#град', '#военныйэшелон'], hd: 'S', prec: ['town', 2] },
  /* 36 */ { at: '2022-02-05T08:00:00Z', lag: 4, p: 'luninets', t: 'grad', st: 'geolocated', pf: 'tiktok', by: '@luninets_rail', cap: 'Лунинец, эшелон с Градами повернул на восток', tags: ['#град', '#эшелон', '#бжд'], hd: 'E', prec: ['exact', 1] },
  /* 37 */ { at: '2022-02-05T15:35:00Z', lag: 6, p: 'zhytkavichy', t: 'grad', st: 'geolocated', pf: 'vk', by: '@polesie_trains', cap: 'Житковичи, Грады идут на Калинковичи', hd: 95, prec: ['exact', 1] },
  /* 38 */ { at: '2022-02-06T10:15:00Z', lag: 3, p: 'kalinkavichy', t: 'grad', st: 'confirmed', pf: 'telegram', by: '@polesie_news_tg', cap: 'Калинковичи, РСЗО Град, боеприпасы и Уралы', hd: 'E', prec: ['exact', 0.5], arch: true },
  /* 39 */ { at: '2022-02-06', lag: 26, p: 'yelnya', t: 'ammoYelnya', st: 'unverified', pf: 'tiktok', by: '@yelnya_segodnya', cap: 'Ельня, крытые вагоны под охраной, говорят боеприпасы', tags: ['#ельня', '#эшелон'], prec: ['town', 4] },
  /* 40 */ { at: '2022-02-07T12:00:00Z', lag: 7, p: 'kursk', t: 't80', st: 'unverified', pf: 'tiktok', by: '@kursk_vokzal', cap: 'Курск, танки Т-80 на юг, ВЛ10У', tags: ['#танки', '#т80', '#военныйэшелон', '#ржд'], hd: 'S', prec: ['town', 2] },
  /* 41 */ { at: '2022-02-08T09:40:00Z', lag: 5, p: 'belgorod', t: 't80', st: 'geolocated', pf: 'telegram', by: '@belgorod_24_7', cap: 'Белгород, эшелон с Т-80БВМ и БМП-2', hd: 'S', prec: ['exact', 1] },
  /* 42 */ { at: '2022-02-08T14:20:00Z', lag: 6, p: 'homel', t: 'pontoon', st: 'unverified', pf: 'tiktok', by: '@rail_spotter_gomel', cap: 'Гомель, понтоны ПМП на платформах', tags: ['#понтоны', '#инженерные', '#эшелон'], hd: 'W', prec: ['town', 2] },
  /* 43 */ { at: '2022-02-09T08:30:00Z', lag: 4, p: 'rechytsa', t: 'pontoon', st: 'geolocated', pf: 'tiktok', by: '@rechitsa_rail', cap: 'Речица, понтонный парк и ИМР-2', tags: ['#понтоны', '#речица'], hd: 'SW', prec: ['exact', 1] },
  /* 44 */ { at: '2022-02-09T16:05:00Z', lag: 5, p: 'khoiniki', t: 'pontoon', st: 'geolocated', pf: 'telegram', by: '@khoiniki_info', cap: 'Хойники, разгружают понтоны, до Припяти рукой подать', hd: 'S', prec: ['exact', 1] },
  /* 45 */ { at: '2022-02-10T10:25:00Z', lag: 6, p: 'valuyki', t: 'bmp3', st: 'unverified', pf: 'vk', by: '@valuyki_gorod', cap: 'Валуйки, эшелон с БМП-3', tags: ['#валуйки', '#бмп'], hd: 'S', prec: ['town', 2] },
  /* 46 */ { at: '2022-02-10T17:00:00Z', lag: 8, p: 'soloti', t: 'bmp3', st: 'geolocated', pf: 'tiktok', by: '@belgorod_rails', cap: 'Солоти, БМП-3 и КамАЗы разгружаются у части', tags: ['#солоти', '#военные', '#техника'], prec: ['approximate', 4] },
  /* 47 */ { at: '2022-02-11T11:50:00Z', lag: 5, p: 'mazyr', t: 'medical', st: 'geolocated', pf: 'tiktok', by: '@mozyr_today', cap: 'Мозырь, санитарные УАЗы и модули полевого госпиталя', tags: ['#госпиталь', '#эшелон', '#мозырь'], hd: 'S', prec: ['exact', 1] },
  /* 48 */ { at: '2022-02-12T09:10:00Z', lag: 4, p: 'yelsk', t: 'medical', st: 'confirmed', pf: 'telegram', by: '@polesie_news_tg', cap: 'Ельск, полевой госпиталь и скорые. Это уже не учения', hd: 'S', prec: ['exact', 0.5], arch: true },
  /* 49 */ { at: '2022-02-12T13:30:00Z', lag: 10, p: 'boguchar', t: 'fuelDon', st: 'unverified', pf: 'youtube', by: '@don_region_news', cap: 'Богучар, цистерны и топливозаправщики АТЗ на юг', tags: ['#топливо', '#эшелон'], hd: 'S', prec: ['approximate', 5] },
  /* 50 */ { at: '2022-02-13T08:45:00Z', lag: 5, p: 'klintsy', t: 'fuel', st: 'geolocated', pf: 'tiktok', by: '@klintsy_vokzal', cap: 'Клинцы, цистерны и АТЗ в сторону Беларуси', tags: ['#топливо', '#клинцы'], hd: 'W', prec: ['exact', 1] },
  /* 51 */ { at: '2022-02-13T13:15:00Z', lag: 7, p: 'novozybkov', t: 'fuel', st: 'geolocated', pf: 'vk', by: '@novozybkov_info', cap: 'Новозыбков, топливный эшелон на запад', hd: 'W', prec: ['exact', 1] },
  /* 52 */ { at: '2022-02-14T10:00:00Z', lag: 6, p: 'homel', t: 'fuel', st: 'geolocated', pf: 'telegram', by: '@gomel_live_tg', cap: 'Гомель, цистерны и топливозаправщики', hd: 'W', prec: ['exact', 1] },
  /* 53 */ { at: '2022-02-14', lag: 36, p: 'kursk', st: 'disputed', pf: 'tiktok', by: '@kursk_vokzal', cap: 'Курск сегодня, танки т80 на платформах', tags: ['#танки', '#т80', '#курск'], derive: true, prec: ['town', 3], note: 'Date unclear: the snow and trees match earlier footage from December 2021.' },
  /* 54 */ { at: '2022-02-15T09:30:00Z', lag: 8, p: 'voronezh', st: 'unverified', pf: 'tiktok', by: '@voronezh_chp', cap: 'Воронеж, эшелон с Градами, вл10', tags: ['#град', '#вл10', '#военныйэшелон'], derive: true, hd: 'S', prec: ['town', 3] },
  /* 55 */ { at: '2022-02-15T14:10:00Z', lag: 12, p: 'pogonovo', t: 'msta', st: 'unverified', pf: 'telegram', by: '@voronezh_glavnoe', cap: 'Мсты грузят обратно на платформы в Погоново', prec: ['approximate', 6], hd: 'W' },
  /* 56 */ { at: '2022-02-16T08:20:00Z', lag: 5, p: 'belgorod', t: 't80', st: 'disputed', pf: 'youtube', by: '@belgorod_24_7', cap: 'Белгород: танки возвращаются в места постоянной дислокации', tags: ['#отвод', '#белгород'], hd: 'E', prec: ['exact', 1], note: 'Presented as a withdrawal; the same train is not seen further east.' },
  /* 57 */ { at: '2022-02-16T12:40:00Z', lag: 6, p: 'baranavichy', t: 'returning', st: 'geolocated', pf: 'tiktok', by: '@baranovichi_live', cap: 'Барановичи, танки и БМП грузят обратно, учения закончились?', tags: ['#союзнаярешимость', '#учения'], hd: 'E', prec: ['exact', 1] },
  /* 58 */ { at: '2022-02-17T10:15:00Z', lag: 4, p: 'orsha', t: 'returning', st: 'geolocated', pf: 'tiktok', by: '@orsha_vokzal', cap: 'Орша, эшелон с танками идёт на восток', tags: ['#орша', '#танки'], hd: 'E', prec: ['exact', 1] },
  /* 59 */ { at: '2022-02-18T09:00:00Z', lag: 5, p: 'smolensk', t: 'returning', loco: 'VL10', st: 'confirmed', pf: 'telegram', by: '@smolensk_online_tg', cap: 'Смоленск, танки и БМП-2 возвращаются из Беларуси', hd: 'E', prec: ['exact', 0.5], arch: true },
  /* 60 */ { at: '2022-02-18', lag: 30, p: 'klintsy', st: 'disputed', pf: 'vk', by: '@bryansk_chp', cap: 'Клинцы или Унеча, вагоны с боеприпасами', tags: ['#боеприпасы', '#эшелон'], derive: true, label: 'Klintsy or Unecha, Bryansk oblast, Russia', prec: ['region', 40], note: 'Location disputed between Klintsy and Unecha.' },
  /* 61 */ { at: '2022-02-19T11:00:00Z', lag: 2, p: 'homel', st: 'disinformation', pf: 'tiktok', by: '@war_news_247', cap: 'Гомель сегодня!!! Колонна танков идёт к границе', tags: ['#война', '#танки', '#гомель'], derive: true, prec: ['town', 5], note: 'Video first posted in 2014 (Rostov oblast), reposted with a new caption.' },
  /* 62 */ { at: '2022-02-19T15:20:00Z', lag: 6, p: 'homel', t: 'ammo', st: 'unverified', pf: 'vk', by: '@gomel_chp', cap: 'Гомель, эшелон крытых вагонов с боеприпасами', tags: ['#боеприпасы', '#гомель'], hd: 'W', prec: ['town', 2] },
  /* 63 */ { at: '2022-02-20T09:50:00Z', lag: 5, p: 'mazyr', t: 'ammo', st: 'geolocated', pf: 'tiktok', by: '@mozyr_today', cap: 'Мозырь, тот же эшелон с боеприпасами', hd: 'SW', prec: ['exact', 1] },
  /* 64 */ { at: '2022-02-20T13:00:00Z', lag: 3, p: 'yelsk', st: 'disinformation', pf: 'tiktok', by: '@pravda_front', cap: 'Ельск, 20 км до Украины, Тигры уже здесь', tags: ['#тигр', '#вл10', '#граница'], derive: true, prec: ['town', 5], note: 'Clip is the Polushkino (Moscow oblast) video of 16 January, not Yelsk.' },
  /* 65 */ { at: '2022-02-21T10:30:00Z', lag: 4, p: 'brest', st: 'disinformation', pf: 'tiktok', by: '@pravda_front', cap: 'Танки на Брест, война завтра', tags: ['#танки', '#война', '#брест'], derive: true, prec: ['town', 5], note: 'The train carries agricultural tractors; the caption is misleading.' },
  /* 66 */ { at: '2022-02-21T14:45:00Z', lag: 7, p: 'khoiniki', t: 'medical2', st: 'unverified', pf: 'telegram', by: '@khoiniki_info', cap: 'Хойники, скорые и госпиталь, санитарный эшелон', hd: 'E', prec: ['town', 2] },
  /* 67 */ { at: '2022-02-22T08:15:00Z', lag: 5, p: 'yelsk', st: 'unverified', pf: 'tiktok', by: '@rail_spotter_gomel', cap: 'Ельск, т72 с белыми буквами V на бортах', tags: ['#танки', '#эшелон', '#ельск'], derive: true, hd: 'S', prec: ['exact', 1] },
  /* 68 */ { at: '2022-02-22T12:00:00Z', lag: 3, p: 'baranavichy', st: 'disinformation', pf: 'vk', by: '@war_news_247', cap: 'Барановичи сейчас, эшелон с БТР на Украину', tags: ['#бтр', '#военные'], derive: true, prec: ['town', 5], note: 'Footage from the Zapad-2021 exercise (September 2021), reposted.' },
  /* 69 */ { at: '2022-02-22T16:30:00Z', lag: 6, p: 'klintsy', t: 'zTanks', st: 'unverified', pf: 'tiktok', by: '@bryansk_rails', cap: 'Клинцы, танки с буквой Z на запад', tags: ['#танки', '#клинцы', '#военныйэшелон'], hd: 'W', prec: ['town', 2] },
  /* 70 */ { at: '2022-02-23T10:00:00Z', lag: 2, p: 'smolensk', st: 'disinformation', pf: 'other', by: '@truth_channel_ok', cap: 'Смоленск, сегодня, сотни танков на запад', tags: ['#танки', '#вл10'], derive: true, prec: ['town', 5], note: 'Summer footage (green trees) posted as February 2022.' },
  /* 71 */ { at: '2022-02-23T13:40:00Z', lag: 5, p: 'valuyki', t: 't80', st: 'geolocated', pf: 'tiktok', by: '@valuyki_gorod', cap: 'Валуйки, эшелон с Т-80 и БМП', tags: ['#танки', '#валуйки'], hd: 'S', prec: ['exact', 1] },
  /* 72 */ { at: '2022-02-24T07:30:00Z', lag: 3, p: 'belgorod', t: 'fuelBelgorod', st: 'geolocated', pf: 'telegram', by: '@belgorod_24_7', cap: 'Белгород, цистерны и АТЗ на юг', hd: 'S', prec: ['exact', 1] },
  /* 73 */ { at: '2022-02-24T11:15:00Z', lag: 6, p: 'homel', st: 'unverified', pf: 'twitter', by: '@osint_watcher_by', cap: 'Pantsir-S1 air defence on flatcars at Homel station', derive: true, prec: ['town', 2] },
  /* 74 */ { at: '2022-02-25T09:05:00Z', lag: 4, p: 'kalinkavichy', t: 'ammoPolesie', st: 'geolocated', pf: 'tiktok', by: '@kalinki_spotter', cap: 'Калинковичи, опять боеприпасы на юг', tags: ['#боеприпасы', '#эшелон'], hd: 'SW', prec: ['exact', 1] },
  /* 75 */ { at: '2022-02-25T14:30:00Z', lag: 10, p: 'boguchar', t: 'ammoDon', st: 'unverified', pf: 'youtube', by: '@don_region_news', cap: 'Богучар, крытые вагоны с боеприпасами', prec: ['approximate', 5], hd: 'S' },
  /* 76 */ { at: '2022-02-26T10:20:00Z', lag: 5, p: 'yelsk', t: 'empty', st: 'geolocated', pf: 'tiktok', by: '@rail_spotter_gomel', cap: 'Ельск, пустые платформы уходят обратно', tags: ['#эшелон', '#ельск'], hd: 'N', prec: ['exact', 1] },
  /* 77 */ { at: '2022-02-27T08:40:00Z', lag: 6, p: 'mazyr', t: 'empty', st: 'unverified', pf: 'vk', by: '@mozyr_today', cap: 'Мозырь, порожние платформы на Калинковичи', hd: 'NE', prec: ['town', 2] },
  /* 78 */ { at: '2022-02-27T13:00:00Z', lag: 20, p: 'kursk', st: 'disputed', pf: 'telegram', by: '@kursk_chp_tg', cap: 'Под Курском Ураганы на платформах', tags: ['#ураган', '#военные'], derive: true, prec: ['region', 35], hd: 190, note: 'Could be Lgov or Kursk; no landmark identified.' },
];

const HOUR_MS = 3_600_000;

// Date-only observations are taken as midday so that postedAt always lands after them.
function observedMs(at: string): number {
  return Date.parse(at.length === 10 ? `${at}T12:00:00Z` : at);
}
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

// FNV-1a: a stable hash to derive fictional but plausible-looking post identifiers.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// Each platform's identifiers look like real ones of early 2022 (TikTok and Twitter ids embed
// the posting time), so the URLs pass any plausibility check without pointing at real posts.
function postUrl(pf: Platform, by: string, postedMs: number, i: number): string {
  const handle = by.replace(/^@/, '');
  const h = hash(`${by}#${i}`);
  switch (pf) {
    case 'tiktok':
      return `https://www.tiktok.com/${by}/video/${(BigInt(Math.floor(postedMs / 1000)) << 32n) + BigInt(h)}`;
    case 'twitter':
      return `https://twitter.com/${handle}/status/${((BigInt(postedMs) - 1288834974657n) << 22n) + BigInt(h % 4096)}`;
    case 'telegram':
      return `https://t.me/${handle}/${1200 + (h % 8000)}`;
    case 'vk':
      return `https://vk.com/video-${100000000 + (hash(by) % 90000000)}_${456239000 + i}`;
    case 'youtube': {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let id = '';
      for (let k = 0, x = h; k < 11; k += 1, x = hash(`${x}`)) id += alphabet.charAt(x % 64);
      return `https://www.youtube.com/watch?v=${id}`;
    }
    case 'other':
      return `https://ok.ru/video/${3000000000000 + h}`;
  }
}

function archiveStamp(ms: number): string {
  return iso(ms).replace(/[-:TZ]/g, '');
}

// Small fixed offsets keep several sightings at one station from stacking on one pixel,
// while staying within a few hundred metres of the line.
function jitter(i: number): [number, number] {
  return [(((i * 37) % 9) - 4) * 0.0008, (((i * 53) % 7) - 3) * 0.0005];
}
const round = (n: number): number => Math.round(n * 1e5) / 1e5;

function feature(row: Row, i: number) {
  const original = row.dupOf === undefined ? undefined : ROWS[row.dupOf];
  const base = original ?? row;
  const baseIndex = row.dupOf ?? i;
  const [dx, dy] = jitter(baseIndex);
  const [lon, lat] = PLACES[base.p].at;
  const obs = observedMs(row.at);
  const posted = obs + row.lag * HOUR_MS;
  const url = postUrl(row.pf, row.by, posted, i);
  const train: Train | undefined = row.t && !row.derive ? TRAINS[row.t] : undefined;
  const loco = row.derive ? undefined : (row.loco ?? train?.loco);
  const equipment = train?.eq?.map((x) => ({ ...x }));
  const source = {
    platform: row.pf,
    url,
    author: row.by,
    caption: row.cap,
    ...(row.tags ? { hashtags: row.tags } : {}),
    ...(row.arch ? { archivedUrl: `https://web.archive.org/web/${archiveStamp(posted + 3 * HOUR_MS)}/${url}` } : {}),
  };
  const properties = {
    observedAt: row.at,
    postedAt: iso(posted),
    source,
    place: row.label ?? PLACES[row.p].label,
    ...(row.prec ? { locationPrecision: { level: row.prec[0], uncertaintyKm: row.prec[1] } } : {}),
    ...(row.hd !== undefined ? { heading: row.hd } : {}),
    ...(equipment ? { equipment } : {}),
    ...(loco ? { locomotive: loco } : {}),
    ...(train?.wagons !== undefined ? { wagons: train.wagons } : {}),
    status: row.st,
    ...(row.note ? { note: row.note } : {}),
  };
  return {
    type: 'Feature' as const,
    id: `rw-sample-${String(i + 1).padStart(3, '0')}`,
    geometry: { type: 'Point' as const, coordinates: [round(lon + dx), round(lat + dy)] },
    properties,
  };
}

export const SAMPLE_FEED_PATH = fileURLToPath(new URL('../../public/feeds/sample.geojson', import.meta.url));

/** The whole feed as written to public/feeds/sample.geojson. */
export function buildSampleFeed() {
  return {
    type: 'FeatureCollection' as const,
    metadata: {
      title: 'railwatch sample feed (illustrative)',
      description:
        'Illustrative data: the sightings are fictional reconstructions modelled on public reporting of ' +
        'January–February 2022 (Russian forces moving by rail into Belarus for the Union Resolve 2022 ' +
        'exercise and toward the Ukrainian border). They are not real posts: authors, links, captions and ' +
        'counts are invented; places, dates and kinds of equipment follow the published reporting.',
      illustrative: true,
      license: 'CC0-1.0',
    },
    features: ROWS.map(feature),
  };
}

// Importing the module (as the test does) must not rewrite the shipped file.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const feed = buildSampleFeed();
  writeFileSync(SAMPLE_FEED_PATH, `${JSON.stringify(feed, null, 2)}\n`);
  console.log(`wrote ${feed.features.length} sightings to ${SAMPLE_FEED_PATH}`);
}
