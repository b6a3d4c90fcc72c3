import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@switchboard/contracts';
import { IsEmail, IsIn, IsString, Length } from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/new-user.rules';
import { Optional } from './optional.validator';
import { Trim } from './trim.transform';

// Shape checks at the edge share their limits with the domain rules, which stay the authority.
export class CreateUserDto {
  @ApiProperty({ example: 'agent6@demo.test' })
  @Trim()
  @IsEmail()
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: "defaults to the email's local part" })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;
}
