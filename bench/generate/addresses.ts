// street lines the way each country writes them: number after the street in german-speaking
// countries, before it in france and the english-speaking ones, with unit and flat notations.

import type { CountryCode } from './countries';
import type { Language } from './names';
import type { Rng } from './rng';

const GERMAN_STREETS = [
	'Hauptstraße',
	'Bahnhofstraße',
	'Gartenstraße',
	'Schulstraße',
	'Dorfstraße',
	'Bergstraße',
	'Lindenstraße',
	'Kirchstraße',
	'Goethestraße',
	'Schillerstraße',
	'Friedrichstraße',
	'Königsallee',
	'Am Markt',
	'Mühlenweg',
	'Rosenweg',
	'Birkenallee',
	'Im Winkel',
	'An der Alster',
	'Lange Reihe',
	'Kurfürstendamm',
	'Bürgermeister-Smidt-Straße',
	'Töpferstraße'
];

const AUSTRIAN_STREETS = [
	'Mariahilfer Straße',
	'Herrengasse',
	'Kärntner Straße',
	'Landstraßer Hauptstraße',
	'Linzer Gasse',
	'Getreidegasse',
	'Annenstraße',
	'Hauptplatz',
	'Bahnhofstraße',
	'Schubertstraße'
];

const SWISS_GERMAN_STREETS = [
	'Bahnhofstrasse',
	'Seestrasse',
	'Dorfstrasse',
	'Kirchgasse',
	'Marktgasse',
	'Hauptstrasse',
	'Zürcherstrasse',
	'Spitalgasse',
	'Schützenmattstrasse'
];

const FRENCH_STREETS = [
	'rue de la République',
	'avenue Victor Hugo',
	'boulevard Saint-Michel',
	"place de l'Église",
	'allée des Tilleuls',
	'impasse des Lilas',
	'chemin du Moulin',
	'rue Pasteur',
	'rue Jean Jaurès',
	'avenue Foch',
	'boulevard Haussmann',
	'rue du Faubourg Saint-Antoine',
	'quai des Bateliers',
	'rue des Écoles'
];

const SWISS_FRENCH_STREETS = [
	'rue du Rhône',
	'avenue de la Gare',
	'rue du Marché',
	'chemin des Vignes',
	'place du Molard',
	'rue de Lausanne'
];

const BRITISH_STREETS = [
	'High Street',
	'Station Road',
	'Church Lane',
	'Victoria Road',
	'Green Lane',
	'Park Avenue',
	"Queen's Road",
	'King Street',
	'Mill Lane',
	'The Crescent',
	'Oxford Road',
	'Manor Way'
];

const AMERICAN_STREETS = [
	'Main St',
	'Oak Ave',
	'Maple Street',
	'Washington Blvd',
	'Elm St',
	'2nd Ave',
	'Park Place',
	'Sunset Blvd',
	'Lakeview Dr',
	'Cedar Ln',
	'Pine Street',
	'Martin Luther King Jr Blvd'
];

const AUSTRALIAN_STREETS = [
	'George Street',
	'Collins St',
	'Queen Street',
	'King Street',
	'Chapel St',
	'Beach Road',
	'Ocean Parade',
	'Smith Street',
	'Wattle Ave',
	'Bridge Rd'
];

function houseNumber(rng: Rng, max: number): string {
	const n = 1 + rng.int(max);
	return rng.chance(0.08) ? `${n}${rng.pick(['a', 'b', 'c'])}` : String(n);
}

/** one street line of an address in the given country, in the style of its language there */
export function streetLine(country: CountryCode, language: Language, rng: Rng): string {
	switch (country) {
		case 'DE': {
			const street = rng.pick(GERMAN_STREETS);
			// "str." is how many people shorten it, which a duplicate finder has to see through
			const written = rng.chance(0.2) ? street.replace(/straße$/, 'str.') : street;
			return `${written} ${houseNumber(rng, 120)}`;
		}
		case 'AT': {
			const base = `${rng.pick(AUSTRIAN_STREETS)} ${houseNumber(rng, 80)}`;
			// stair and door: "Herrengasse 5/3/12"
			return rng.chance(0.3) ? `${base}/${1 + rng.int(6)}/${1 + rng.int(20)}` : base;
		}
		case 'CH':
			return language === 'fr'
				? `${houseNumber(rng, 60)} ${rng.pick(SWISS_FRENCH_STREETS)}`
				: `${rng.pick(SWISS_GERMAN_STREETS)} ${houseNumber(rng, 90)}`;
		case 'FR': {
			const n = houseNumber(rng, 150);
			const bis = rng.chance(0.05) ? ' bis' : '';
			// french addresses often put a comma after the number
			return `${n}${bis}${rng.chance(0.15) ? ',' : ''} ${rng.pick(FRENCH_STREETS)}`;
		}
		case 'GB': {
			const line = `${houseNumber(rng, 200)} ${rng.pick(BRITISH_STREETS)}`;
			return rng.chance(0.15) ? `Flat ${1 + rng.int(12)}, ${line}` : line;
		}
		case 'US': {
			const line = `${100 + rng.int(9800)} ${rng.pick(AMERICAN_STREETS)}`;
			return rng.chance(0.15) ? `${line} Apt ${1 + rng.int(20)}${rng.pick(['A', 'B', 'C'])}` : line;
		}
		case 'AU': {
			const line = `${houseNumber(rng, 150)} ${rng.pick(AUSTRALIAN_STREETS)}`;
			return rng.chance(0.15) ? `Unit ${1 + rng.int(30)}/${line}` : line;
		}
	}
}
