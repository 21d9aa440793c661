/**
 * Words templates use where a real value belongs (`Dear NAME`, `XYZ Ltd`). Written in capitals
 * they are placeholders, not shouting and not someone's name.
 */
export const STAND_IN_WORDS: readonly string[] = [
  'xyz',
  'xx',
  'xxx',
  'xxxx',
  'abc',
  'company',
  'name',
  'date',
  'role',
  'position',
  'title',
  'firstname',
  'lastname',
  'recipient',
  'tbd',
  'tbc',
  'tk',
  'link',
];
