export { PrevNextNav } from './PrevNextNav';
export type { PrevNextNavProps } from './PrevNextNav';
