export function reflowDocComments(code: string): string;
