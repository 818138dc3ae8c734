import {
  idNumberProblem,
  maskIdNumber,
  maskName,
  maskPhone,
  residentIdCheckChar,
  residentIdProblem,
} from './idDocument';

const TODAY = '2026-12-01';

describe('GB 11643 resident ID numbers', () => {
  test('known check characters, including X', () => {
    // Published examples of the MOD 11-2 check character.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  test('every check character is verified', () => {
    const first17 = '11010519900307123';
    const right = residentIdCheckChar(first17);
    for (const c of '0123456789X') {
      expect(residentIdProblem(first17 + c, TODAY) === null).toBe(c === right);
    }
  });

  test('lower-case x is accepted as X', () => {
    expect(residentIdProblem('11010519491231002x', TODAY)).toBeNull();
  });

  test.each([
    ['too short', '1101051949123100'],
    ['letters', '11010519491231A02X'],
    ['region code 0', '01010519491231002X'],
    ['February 30th', '110105199002300012'],
  ])('refuses %s', (_label, id) => {
    expect(residentIdProblem(id, TODAY)).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('a birth date after today is refused, today is fine', () => {
    const born = (d: string) => {
      const first17 = `110105${d.replace(/-/g, '')}123`;
      return first17 + residentIdCheckChar(first17);
    };
    expect(residentIdProblem(born('2026-12-01'), TODAY)).toBeNull();
    expect(residentIdProblem(born('2026-12-02'), TODAY)).toContain('出生日期');
  });
});

test('other documents', () => {
  expect(idNumberProblem('passport', 'E12345678', TODAY)).toBeNull();
  expect(idNumberProblem('passport', 'AB-12', TODAY)).not.toBeNull();
  expect(idNumberProblem('hk_macao', 'M12345678', TODAY)).toBeNull();
  expect(idNumberProblem('hk_macao', 'X12345678', TODAY)).not.toBeNull();
  expect(idNumberProblem('taiwan', '12345678', TODAY)).toBeNull();
  expect(idNumberProblem('taiwan', '1234', TODAY)).not.toBeNull();
});

test('masks keep only the ends', () => {
  expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
  expect(maskIdNumber('E12345678')).toBe('E1*****78');
  expect(maskPhone('13812345678')).toBe('138****5678');
  expect(maskName('张三')).toBe('张*');
  expect(maskName('欧阳娜娜')).toBe('欧**娜');
});
