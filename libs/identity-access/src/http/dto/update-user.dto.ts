import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@switchboard/contracts';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH } from '../../domain/new-user.rules';
import { Optional } from './optional.validator';
import { Trim } from './trim.transform';

/** Only the fields sent are changed. */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @Optional()
  @Trim()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates: the user can no longer log in or refresh' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}
