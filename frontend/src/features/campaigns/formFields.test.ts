import { describe, expect, it } from 'vitest';
import { formField } from './formFields';

describe('formField', () => {
  it.each([
    ['title', ['title']],
    ['launchDocument.number', ['docNumber']],
    ['launchDocument.date', ['docDate']],
    ['contents[2]', ['contents', 2]],
    ['targets[0].unitOfMeasure', ['targets', 0, 'unitOfMeasure']],
    ['reportingPeriods[1].closesOn', ['periods', 1, 'closesOn']],
    ['scope.refs[3]', ['scopeKind']],
    ['scope', ['scopeKind']],
  ])('puts the server field %s on the form field %j', (path, expected) => {
    expect(formField(path)).toEqual(expected);
  });

  it('leaves fields the form does not have to the message above it', () => {
    expect(formField('version')).toBeUndefined();
  });
});
