import { createRepeatFilter } from './repeat-filter';

describe('repeat filter', () => {
  it('admits one line of a kind per window and counts the rest', () => {
    let time = 0;
    const filter = createRepeatFilter(1000, () => time);
    expect(filter.admit('a')).toEqual({ admitted: true, suppressed: 0 });
    expect(filter.admit('a')).toEqual({ admitted: false, suppressed: 1 });
    expect(filter.admit('b')).toEqual({ admitted: true, suppressed: 0 });
    expect(filter.admit('a')).toEqual({ admitted: false, suppressed: 2 });
    time = 1000;
    expect(filter.admit('a')).toEqual({ admitted: true, suppressed: 2 });
    expect(filter.admit('a')).toEqual({ admitted: false, suppressed: 1 });
  });
});
