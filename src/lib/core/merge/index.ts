// merge and unmerge (issue 7): pure plans the db layer applies in one transaction.

export type {
	ChoiceField,
	MergeChoices,
	MergeField,
	MergePlan,
	MergeRecord,
	MergeSide,
	PlanMergeOptions,
	PlanUnmergeOptions,
	TextChoiceField,
	UnmergePlan
} from './merge-types';
export { CHOICE_FIELDS, TEXT_CHOICE_FIELDS } from './merge-types';

export { choiceValue, differingFields, isEmptyField } from './differing-fields';
export { defaultMergeChoices, resolveChoices } from './default-choices';
export { combineNotes } from './merge-notes';
export { planMerge } from './plan-merge';
export { planUnmerge } from './plan-unmerge';
export type { UnmergeScope } from './unmerge-scope';
export { unmergeScope } from './unmerge-scope';
export type { CombinedTimeline, SplitTimeline, TimelineEntry } from './merge-timeline';
export { combineTimelines, compareEvents, splitTimeline } from './merge-timeline';
export type { GroupChoices, GroupMergePlan, PlanMergeGroupOptions } from './merge-group';
export { defaultGroupChoices, pickSurvivor, planMergeGroup } from './merge-group';
export type { UnmergeSuppressionInput, UnmergeSuppressionPlan } from './unmerge-suppressions';
export { unmergeSuppressions } from './unmerge-suppressions';
