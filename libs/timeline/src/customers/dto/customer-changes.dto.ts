import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdentityKinds, type IdentityKind } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

/** Absent is unchanged; `null` clears; a string sets. */
const NullableString = (max: number): PropertyDecorator => {
  const decorators = [ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null), IsString(), MaxLength(max)];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
};

@ValidatorConstraint({ name: 'attributeValues' })
class AttributeValues implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value);
    return entries.length <= 50 && entries.every(([, item]) => item === null || (typeof item === 'string' && item.length <= 1000));
  }

  defaultMessage(): string {
    return 'attributes must map at most 50 names to strings (1000 characters at most) or null';
  }
}

export class IdentityInputDto {
  @ApiProperty({ enum: IdentityKinds })
  @IsIn(IdentityKinds)
  kind!: IdentityKind;

  @ApiProperty({ example: '+14155550123' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  value!: string;
}

export class UpdateCustomerDto {
  @ApiPropertyOptional({ nullable: true, maxLength: 200 })
  @NullableString(200)
  displayName?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 200 })
  @NullableString(200)
  company?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'fr', description: 'BCP 47 language tag' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null)
  @IsString()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  language?: string | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', nullable: true }, description: 'Custom attributes to set; null removes one' })
  @IsOptional()
  @IsObject()
  @Validate(AttributeValues)
  attributes?: Record<string, string | null>;

  @ApiPropertyOptional({ type: [IdentityInputDto], description: 'Identities to link (409 when one belongs to another customer: merge instead)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IdentityInputDto)
  linkIdentities?: IdentityInputDto[];

  @ApiPropertyOptional({ type: [IdentityInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IdentityInputDto)
  unlinkIdentities?: IdentityInputDto[];
}

export class MergeCustomerDto {
  @ApiProperty({ description: 'The duplicate to merge into the customer of the URL; it then redirects there' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  sourceCustomerId!: string;
}

const CONSENT = ['given', 'withdrawn'] as const;

export class ConsentDto {
  @ApiPropertyOptional({ enum: CONSENT })
  @IsOptional()
  @IsIn(CONSENT)
  contact?: 'given' | 'withdrawn';

  @ApiPropertyOptional({ enum: CONSENT })
  @IsOptional()
  @IsIn(CONSENT)
  marketing?: 'given' | 'withdrawn';

  @ApiPropertyOptional({ enum: CONSENT })
  @IsOptional()
  @IsIn(CONSENT)
  recording?: 'given' | 'withdrawn';
}
