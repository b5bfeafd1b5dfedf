/**
 * The embedded schematic rail network: main lines of the region as straight
 * segments between real station towns (coordinates come from GeoNames through
 * the places build). Station ids are place ids (see places.ts).
 *
 * Rule: prefer correctness over completeness. Each `note` says what is certain;
 * a station is listed only where the line is known to pass through it, and
 * doubtful intermediate stations are left out (the segment then just skips them).
 */
export interface RailLineSpec {
  id: string;
  name: string;
  stations: string[];
  note: string;
}

export const RAIL_LINES: readonly RailLineSpec[] = [
  {
    id: 'moscow-brest',
    name: 'Moscow – Smolensk – Orsha – Minsk – Baranavichy – Brest',
    stations: ['moscow', 'odintsovo', 'kubinka', 'mozhaysk', 'gagarin', 'vyazma', 'safonovo', 'yartsevo', 'smolensk',
      'orsha', 'talachyn', 'krupki', 'barysaw', 'zhodzina', 'minsk', 'stowbtsy', 'baranovichi', 'ivatsevichy', 'byaroza', 'zhabinka', 'brest'],
    note: 'Main Moscow–Brest trunk line (Belorussky direction); all listed towns have stations on it.',
  },
  {
    id: 'vitebsk-homel',
    name: 'Vitebsk – Orsha – Mogilev – Zhlobin – Homel',
    stations: ['vitebsk', 'orsha', 'shklow', 'mahilyow', 'bykhaw', 'rahachow', 'zhlobin', 'homyel'],
    note: 'North–south line along the Dnieper; Shklow, Bykhaw and Rahachow are on it.',
  },
  {
    id: 'minsk-zhlobin',
    name: 'Minsk – Asipovichy – Babruysk – Zhlobin',
    stations: ['minsk', 'maryina-horka', 'asipovichy', 'babruysk', 'zhlobin'],
    note: 'Minsk–Gomel line via Asipovichy; Pukhavichy station is at Maryina Horka.',
  },
  {
    id: 'homel-brest',
    name: 'Homel – Kalinkavichy – Luninets – Pinsk – Brest',
    stations: ['homyel', 'rechytsa', 'vasilyevichy', 'kalinkavichy', 'zhytkavichy', 'mikashevichy', 'luninets', 'pinsk',
      'ivanava', 'drahichyn', 'kobryn', 'zhabinka', 'brest'],
    note: 'Polesye line along the Pripyat, close to the Ukrainian border; joins the Moscow–Brest line at Zhabinka.',
  },
  {
    id: 'kalinkavichy-korosten',
    name: 'Kalinkavichy – Mazyr – Yelsk – Ovruch – Korosten',
    stations: ['kalinkavichy', 'mazyr', 'yelsk', 'ovruch', 'korosten'],
    note: 'Crosses the Pripyat at Mazyr and the Belarus–Ukraine border between Yelsk and Ovruch.',
  },
  {
    id: 'zhlobin-kalinkavichy',
    name: 'Zhlobin – Svetlahorsk – Kalinkavichy',
    stations: ['zhlobin', 'svyetlahorsk', 'kalinkavichy'],
    note: 'Links the Dnieper line to the Polesye line; intermediate stations omitted.',
  },
  {
    id: 'vasilevichy-khoiniki',
    name: 'Vasilevichy – Khoiniki',
    stations: ['vasilyevichy', 'khoyniki'],
    note: 'Branch line towards the border (exclusion zone side); fairly sure, kept as a two-station spur.',
  },
  {
    id: 'homel-nizhyn',
    name: 'Homel – Chernihiv – Nizhyn',
    stations: ['homyel', 'chernihiv', 'nizhyn'],
    note: 'Crosses the border south of Homel; Chernihiv–Nizhyn connects to the Kyiv–Bakhmach line (no direct Chernihiv–Kyiv line).',
  },
  {
    id: 'chernihiv-ovruch',
    name: 'Chernihiv – Slavutych – Ovruch',
    stations: ['chernihiv', 'slavutych', 'ovruch'],
    note: 'Line through the Chornobyl zone (Yaniv) linking the Chernihiv and Korosten areas; it clips Belarusian territory in places.',
  },
  {
    id: 'bryansk-homel',
    name: 'Bryansk – Unecha – Klintsy – Novozybkov – Homel',
    stations: ['bryansk', 'pochep', 'unecha', 'klintsy', 'novozybkov', 'zlynka', 'dobrush', 'homyel'],
    note: 'Bryansk–Gomel line; crosses into Belarus between Zlynka and Dobrush.',
  },
  {
    id: 'smolensk-sukhinichi',
    name: 'Smolensk – Yelnya – Sukhinichi',
    stations: ['smolensk', 'yelnya', 'sukhinichi'],
    note: 'Smolensk–Sukhinichi line via Yelnya; intermediate stations (Spas-Demensk?) omitted as unsure.',
  },
  {
    id: 'moscow-kyiv',
    name: 'Moscow – Kaluga – Sukhinichi – Bryansk – Konotop – Kyiv',
    stations: ['moscow', 'naro-fominsk', 'maloyaroslavets', 'kaluga', 'sukhinichi', 'bryansk', 'navlya', 'suzemka',
      'konotop', 'bakhmach', 'nizhyn', 'brovary', 'kyiv'],
    note: 'Moscow–Kyiv main line (Kievsky direction): Suzemka is the Russian border station; Kyiv–Bakhmach section via Nizhyn and Brovary.',
  },
  {
    id: 'moscow-kharkiv',
    name: 'Moscow – Tula – Orel – Kursk – Belgorod – Kharkiv',
    stations: ['moscow', 'podolsk', 'serpukhov', 'tula', 'mtsensk', 'orel', 'kursk', 'belgorod', 'kharkiv'],
    note: 'Moscow–Kursk–Kharkiv trunk line.',
  },
  {
    id: 'bryansk-orel',
    name: 'Bryansk – Karachev – Orel',
    stations: ['bryansk', 'karachev', 'orel'],
    note: 'Links Bryansk to the Kursk trunk line. A Navlya–Lgov–Kursk line also exists but is left out (stations unsure).',
  },
  {
    id: 'kursk-voronezh',
    name: 'Kursk – Kastornoye – Voronezh',
    stations: ['kursk', 'shchigry', 'kastornoye', 'voronezh'],
    note: 'East–west line; Shchigry and the Kastornoye junction are on it.',
  },
  {
    id: 'voronezh-valuyki',
    name: 'Voronezh – Liski – Valuyki',
    stations: ['voronezh', 'liski', 'valuyki'],
    note: 'Liski junction to Valuyki near the Ukrainian border; stations between Liski and Valuyki omitted as unsure.',
  },
  {
    id: 'minsk-vilnius',
    name: 'Minsk – Maladzyechna – Vilnius',
    stations: ['minsk', 'maladzyechna', 'smarhon', 'vilnius'],
    note: 'Minsk–Vilnius line via Maladzyechna and Smarhon.',
  },
  {
    id: 'brest-warsaw',
    name: 'Brest – Terespol – Siedlce – Warsaw',
    stations: ['brest', 'terespol', 'biala-podlaska', 'siedlce', 'warsaw'],
    note: 'The Warsaw–Brest line across the Bug; gauge change at Brest.',
  },
  {
    id: 'baranavichy-luninets',
    name: 'Baranavichy – Hantsavichy – Luninets',
    stations: ['baranovichi', 'hantsavichy', 'luninets'],
    note: 'North–south link between the Moscow–Brest and Polesye lines.',
  },
  {
    id: 'baranavichy-asipovichy',
    name: 'Baranavichy – Slutsk – Asipovichy',
    stations: ['baranovichi', 'slutsk', 'asipovichy'],
    note: 'Line via Slutsk; fairly sure, intermediate stations omitted.',
  },
  {
    id: 'korosten-kyiv',
    name: 'Korosten – Malyn – Kyiv',
    stations: ['korosten', 'malyn', 'kyiv'],
    note: 'Kyiv–Korosten line.',
  },
];
