// the seven countries of the generated people and what differs between them: how often they
// occur, how a spreadsheet names them, their calling code and trunk prefix, and which name pool
// their people mostly come from.

import type { Language } from './names';

export const COUNTRY_CODES = ['DE', 'AT', 'CH', 'FR', 'GB', 'US', 'AU'] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

export interface CountryInfo {
	code: CountryCode;
	/** share of people living there */
	weight: number;
	/** what people write into a "Country" column, with how often */
	labels: readonly (readonly [string, number])[];
	callingCode: string;
	/** the national prefix before an area code ('0'), empty where there is none (US) */
	trunk: string;
	/** the name pool of most people living there; CH decides per city */
	language: Language;
	/** the german excel date format (DD.MM.YYYY) is common there */
	dottedDates: boolean;
}

export const COUNTRIES: Readonly<Record<CountryCode, CountryInfo>> = {
	DE: {
		code: 'DE',
		weight: 30,
		labels: [
			['Deutschland', 70],
			['Germany', 15],
			['DE', 10],
			['BRD', 2],
			['deutschland', 3]
		],
		callingCode: '49',
		trunk: '0',
		language: 'de',
		dottedDates: true
	},
	AT: {
		code: 'AT',
		weight: 8,
		labels: [
			['Österreich', 70],
			['Austria', 20],
			['AT', 10]
		],
		callingCode: '43',
		trunk: '0',
		language: 'de',
		dottedDates: true
	},
	CH: {
		code: 'CH',
		weight: 8,
		labels: [
			['Schweiz', 45],
			['Suisse', 20],
			['Switzerland', 20],
			['CH', 15]
		],
		callingCode: '41',
		trunk: '0',
		language: 'de',
		dottedDates: true
	},
	FR: {
		code: 'FR',
		weight: 15,
		labels: [
			['France', 85],
			['FR', 10],
			['FRANCE', 5]
		],
		callingCode: '33',
		trunk: '0',
		language: 'fr',
		dottedDates: false
	},
	GB: {
		code: 'GB',
		weight: 15,
		labels: [
			['United Kingdom', 45],
			['UK', 25],
			['England', 15],
			['Great Britain', 5],
			['GB', 10]
		],
		callingCode: '44',
		trunk: '0',
		language: 'en',
		dottedDates: false
	},
	US: {
		code: 'US',
		weight: 15,
		labels: [
			['USA', 40],
			['United States', 35],
			['US', 15],
			['United States of America', 10]
		],
		callingCode: '1',
		trunk: '',
		language: 'en',
		dottedDates: false
	},
	AU: {
		code: 'AU',
		weight: 9,
		labels: [
			['Australia', 85],
			['AU', 15]
		],
		callingCode: '61',
		trunk: '0',
		language: 'en',
		dottedDates: false
	}
};
