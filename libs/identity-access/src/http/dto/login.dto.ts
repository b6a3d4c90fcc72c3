import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../domain/new-user.rules';
import { Trim } from './trim.transform';

export class LoginDto {
  @ApiProperty({ example: 'admin@demo.test' })
  @Trim()
  @IsEmail()
  email!: string;

  // No minimum beyond 1: a login only checks the password, the rules apply when it is set.
  @ApiProperty({ example: 'switchboard' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}
