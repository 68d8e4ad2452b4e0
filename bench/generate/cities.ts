// real cities with real postcodes, their region and the area code of their landlines, so that a
// generated address and phone number fit together.

import type { CountryCode } from './countries';
import type { Language } from './names';
import { numberTemplate, type NumberTemplate } from './phone-numbers';

export interface City {
	name: string;
	postcodes: readonly string[];
	region: string;
	landline: NumberTemplate;
	/** the name pool and street style of the people there (differs inside switzerland) */
	language: Language;
}

type Row = readonly [name: string, postcodes: string, region: string, area: string];

// german and austrian subscriber numbers start with 2–9; the area code and subscriber number
// together keep within the national number length of each country
function build(
	country: CountryCode,
	language: Language,
	rows: readonly Row[],
	landline: (area: string) => NumberTemplate
): readonly City[] {
	return rows.map(([name, postcodes, region, area]) => ({
		name,
		postcodes: postcodes.split(' '),
		region,
		landline: landline(area),
		language
	}));
}

const DE = build(
	'DE',
	'de',
	[
		['Berlin', '10115 10178 10435 10967 12043 13353', 'Berlin', '30'],
		['Hamburg', '20095 20354 22765 22085', 'Hamburg', '40'],
		['München', '80331 80469 80802 81667', 'Bayern', '89'],
		['Köln', '50667 50674 50823 51063', 'Nordrhein-Westfalen', '221'],
		['Frankfurt am Main', '60311 60316 60594', 'Hessen', '69'],
		['Stuttgart', '70173 70180 70469', 'Baden-Württemberg', '711'],
		['Düsseldorf', '40210 40213 40477', 'Nordrhein-Westfalen', '211'],
		['Leipzig', '04103 04109 04275', 'Sachsen', '341'],
		['Dortmund', '44135 44137 44139', 'Nordrhein-Westfalen', '231'],
		['Essen', '45127 45130 45138', 'Nordrhein-Westfalen', '201'],
		['Bremen', '28195 28199 28203', 'Bremen', '421'],
		['Dresden', '01067 01069 01099', 'Sachsen', '351'],
		['Hannover', '30159 30161 30169', 'Niedersachsen', '511'],
		['Nürnberg', '90402 90403 90419', 'Bayern', '911'],
		['Fürth', '90762 90763', 'Bayern', '911'],
		['Lüdenscheid', '58507 58509 58511', 'Nordrhein-Westfalen', '2351'],
		['Würzburg', '97070 97072 97074', 'Bayern', '931'],
		['Göttingen', '37073 37075 37083', 'Niedersachsen', '551'],
		['Saarbrücken', '66111 66113 66119', 'Saarland', '681'],
		['Münster', '48143 48145 48149', 'Nordrhein-Westfalen', '251'],
		['Freiburg im Breisgau', '79098 79100 79104', 'Baden-Württemberg', '761'],
		['Rostock', '18055 18057 18069', 'Mecklenburg-Vorpommern', '381'],
		['Kiel', '24103 24105 24116', 'Schleswig-Holstein', '431'],
		['Erfurt', '99084 99085 99089', 'Thüringen', '361'],
		['Magdeburg', '39104 39106 39108', 'Sachsen-Anhalt', '391'],
		['Potsdam', '14467 14469 14482', 'Brandenburg', '331'],
		['Mainz', '55116 55118 55122', 'Rheinland-Pfalz', '6131'],
		['Garmisch-Partenkirchen', '82467', 'Bayern', '8821']
	],
	(area) =>
		area.length === 2
			? numberTemplate('DE', 'landline', area, 8, '23456789')
			: numberTemplate('DE', 'landline', area, 7, '23456789')
);

const AT = build(
	'AT',
	'de',
	[
		['Wien', '1010 1020 1030 1050 1070 1100 1120 1210', 'Wien', '1'],
		['Graz', '8010 8020 8036', 'Steiermark', '316'],
		['Linz', '4020 4030', 'Oberösterreich', '732'],
		['Salzburg', '5020 5023', 'Salzburg', '662'],
		['Innsbruck', '6020', 'Tirol', '512'],
		['Klagenfurt am Wörthersee', '9020', 'Kärnten', '463'],
		['Villach', '9500', 'Kärnten', '4242'],
		['Wels', '4600', 'Oberösterreich', '7242'],
		['St. Pölten', '3100', 'Niederösterreich', '2742'],
		['Dornbirn', '6850', 'Vorarlberg', '5572'],
		['Wiener Neustadt', '2700', 'Niederösterreich', '2622'],
		['Steyr', '4400', 'Oberösterreich', '7252'],
		['Feldkirch', '6800', 'Vorarlberg', '5522'],
		['Bregenz', '6900', 'Vorarlberg', '5574'],
		['Leoben', '8700', 'Steiermark', '3842'],
		['Eisenstadt', '7000', 'Burgenland', '2682'],
		['Mödling', '2340', 'Niederösterreich', '2236']
	],
	(area) => numberTemplate('AT', 'landline', area, 7, '23456789')
);

const chLandline = (area: string): NumberTemplate =>
	numberTemplate('CH', 'landline', area, 7, '23456789', [2, 3, 2, 2]);

const CH = [
	...build(
		'CH',
		'de',
		[
			['Zürich', '8001 8004 8008 8037 8050', 'Zürich', '44'],
			['Basel', '4051 4052 4056', 'Basel-Stadt', '61'],
			['Bern', '3011 3013 3014', 'Bern', '31'],
			['Winterthur', '8400 8404', 'Zürich', '52'],
			['Luzern', '6003 6004', 'Luzern', '41'],
			['St. Gallen', '9000 9008', 'St. Gallen', '71'],
			['Lugano', '6900', 'Ticino', '91'],
			['Biel/Bienne', '2502 2503', 'Bern', '32'],
			['Thun', '3600', 'Bern', '33'],
			['Chur', '7000', 'Graubünden', '81'],
			['Schaffhausen', '8200', 'Schaffhausen', '52'],
			['Zug', '6300', 'Zug', '41']
		],
		chLandline
	),
	...build(
		'CH',
		'fr',
		[
			['Genève', '1201 1204 1205 1207', 'Genève', '22'],
			['Lausanne', '1003 1004 1007', 'Vaud', '21'],
			['Fribourg', '1700', 'Fribourg', '26'],
			['Neuchâtel', '2000', 'Neuchâtel', '32'],
			['Sion', '1950', 'Valais', '27'],
			['Montreux', '1820', 'Vaud', '21']
		],
		chLandline
	)
];

// digits after the region that libphonenumber knows as unassigned or overseas (02 62 is réunion)
const FR_LEADS: Readonly<Record<string, string>> = {
	'2': '012345789',
	'4': '123456789',
	'5': '12345678'
};

const FR = build(
	'FR',
	'fr',
	[
		['Paris', '75001 75004 75008 75011 75015 75017 75020', 'Île-de-France', '1'],
		['Boulogne-Billancourt', '92100', 'Île-de-France', '1'],
		["L'Haÿ-les-Roses", '94240', 'Île-de-France', '1'],
		['Marseille', '13001 13006 13008', "Provence-Alpes-Côte d'Azur", '4'],
		['Lyon', '69001 69003 69007', 'Auvergne-Rhône-Alpes', '4'],
		['Toulouse', '31000 31400 31500', 'Occitanie', '5'],
		['Nice', '06000 06100 06300', "Provence-Alpes-Côte d'Azur", '4'],
		['Nantes', '44000 44100 44300', 'Pays de la Loire', '2'],
		['Strasbourg', '67000 67100', 'Grand Est', '3'],
		['Montpellier', '34000 34070', 'Occitanie', '4'],
		['Bordeaux', '33000 33100 33800', 'Nouvelle-Aquitaine', '5'],
		['Lille', '59000 59800', 'Hauts-de-France', '3'],
		['Rennes', '35000 35200', 'Bretagne', '2'],
		['Reims', '51100', 'Grand Est', '3'],
		['Saint-Étienne', '42000 42100', 'Auvergne-Rhône-Alpes', '4'],
		['Le Havre', '76600 76610', 'Normandie', '2'],
		['Toulon', '83000 83100', "Provence-Alpes-Côte d'Azur", '4'],
		['Grenoble', '38000 38100', 'Auvergne-Rhône-Alpes', '4'],
		['Dijon', '21000', 'Bourgogne-Franche-Comté', '3'],
		['Angers', '49000 49100', 'Pays de la Loire', '2'],
		['Nîmes', '30000 30900', 'Occitanie', '4'],
		['Aix-en-Provence', '13090 13100', "Provence-Alpes-Côte d'Azur", '4'],
		['Clermont-Ferrand', '63000 63100', 'Auvergne-Rhône-Alpes', '4'],
		['Brest', '29200', 'Bretagne', '2'],
		['Orléans', '45000', 'Centre-Val de Loire', '2'],
		['Besançon', '25000', 'Bourgogne-Franche-Comté', '3']
	],
	(area) => numberTemplate('FR', 'landline', area, 8, FR_LEADS[area] ?? '', [1, 2, 2, 2, 2])
);

type GbRow = readonly [name: string, postcodes: string, region: string, area: string, lead: string];

// london and the other two-digit areas take eight digits after the area code, of which the first
// says where (020 7… inner, 029 20… cardiff); three-digit areas take seven, starting with the
// digits libphonenumber knows as assigned there. an area needs at least six such digits to give
// two million people three numbers each (leicester's 0116 has five, so it is not here).
const GB: readonly City[] = (
	[
		[
			'London',
			'SW1A 1AA|EC1A 1BB|W1D 3QU|E1 6AN|N1 9GU|SE1 7PB|NW1 6XE',
			'Greater London',
			'20',
			'378'
		],
		['Manchester', 'M1 1AE|M4 5JD|M20 2RN', 'Greater Manchester', '161', '23456789'],
		['Birmingham', 'B1 1AA|B5 4BU|B15 2TT', 'West Midlands', '121', '01234567'],
		['Leeds', 'LS1 4DY|LS6 2AA', 'West Yorkshire', '113', '0123458'],
		['Glasgow', 'G1 1XQ|G12 8QQ', 'Scotland', '141', '23456789'],
		['Edinburgh', 'EH1 1YZ|EH8 9YL', 'Scotland', '131', '012345678'],
		['Liverpool', 'L1 8JQ|L17 8XY', 'Merseyside', '151', '23456789'],
		['Bristol', 'BS1 4DJ|BS8 1TH', 'Bristol', '117', '012349'],
		['Sheffield', 'S1 2HE|S10 2TN', 'South Yorkshire', '114', '012345'],
		['Cardiff', 'CF10 1EP|CF24 4HQ', 'Wales', '29', '2'],
		['Newcastle upon Tyne', 'NE1 7RU|NE2 4AA', 'Tyne and Wear', '191', '23456789'],
		['Nottingham', 'NG1 5FS|NG7 2RD', 'Nottinghamshire', '115', '0126789'],
		['Southampton', 'SO14 7DU|SO17 1BJ', 'Hampshire', '23', '8'],
		['Portsmouth', 'PO1 2DX', 'Hampshire', '23', '9'],
		['Coventry', 'CV1 5FB', 'West Midlands', '24', '7'],
		['Belfast', 'BT1 5GS|BT7 1NN', 'Northern Ireland', '28', '9'],
		['Reading', 'RG1 1JX', 'Berkshire', '118', '012349']
	] satisfies readonly GbRow[]
).map(([name, postcodes, region, area, lead]) => ({
	name,
	postcodes: postcodes.split('|'),
	region,
	landline:
		area.length === 2
			? numberTemplate('GB', 'landline', area, 8, lead, [2, 4, 4])
			: numberTemplate('GB', 'landline', area, 7, lead, [3, 3, 4]),
	language: 'en'
}));

const US = build(
	'US',
	'en',
	[
		['New York', '10001 10013 10024 10128', 'NY', '212'],
		['Brooklyn', '11201 11215', 'NY', '718'],
		['Los Angeles', '90012 90026 90045', 'CA', '213'],
		['Chicago', '60601 60614 60657', 'IL', '312'],
		['Houston', '77002 77006', 'TX', '713'],
		['Phoenix', '85004 85016', 'AZ', '602'],
		['Philadelphia', '19103 19147', 'PA', '215'],
		['San Antonio', '78205', 'TX', '210'],
		['San Diego', '92101 92103', 'CA', '619'],
		['Dallas', '75201 75204', 'TX', '214'],
		['San Francisco', '94103 94110 94117', 'CA', '415'],
		['Seattle', '98101 98103', 'WA', '206'],
		['Boston', '02108 02116', 'MA', '617'],
		['Denver', '80202 80205', 'CO', '303'],
		['Miami', '33130 33139', 'FL', '305'],
		['Atlanta', '30303 30308', 'GA', '404'],
		['Portland', '97204 97209', 'OR', '503'],
		['Minneapolis', '55401 55408', 'MN', '612'],
		['Nashville', '37203', 'TN', '615'],
		['Austin', '78701 78704', 'TX', '512'],
		['Detroit', '48226', 'MI', '313']
	],
	(area) => numberTemplate('US', 'landline', area, 7, '23456789', [3, 3, 4])
);

// australian landlines are a one-digit area code and eight digits whose first two say where; the
// template's prefix is the area code and that first digit, its lead the assigned third digits
const AU_LEADS: Readonly<Record<string, string>> = { '36': '123456789', '24': '023456789' };

const AU = build(
	'AU',
	'en',
	[
		['Sydney', '2000 2010 2026 2060', 'NSW', '29'],
		['Melbourne', '3000 3053 3121 3182', 'VIC', '39'],
		['Brisbane', '4000 4101 4006', 'QLD', '73'],
		['Perth', '6000 6005 6050', 'WA', '89'],
		['Fremantle', '6160', 'WA', '89'],
		['Adelaide', '5000 5006', 'SA', '88'],
		['Darwin', '0800 0810', 'NT', '88'],
		['Canberra', '2600 2601 2612', 'ACT', '26'],
		['Hobart', '7000 7004', 'TAS', '36'],
		['Launceston', '7250', 'TAS', '36'],
		['Gold Coast', '4217 4220', 'QLD', '75'],
		['Newcastle', '2300 2302', 'NSW', '24'],
		['Wollongong', '2500', 'NSW', '24'],
		['Geelong', '3220', 'VIC', '35'],
		['Cairns', '4870', 'QLD', '74'],
		['Townsville', '4810', 'QLD', '74']
	],
	(area) => numberTemplate('AU', 'landline', area, 7, AU_LEADS[area] ?? '', [1, 4, 4])
);

export const CITIES: Readonly<Record<CountryCode, readonly City[]>> = {
	DE,
	AT,
	CH,
	FR,
	GB,
	US,
	AU
};
