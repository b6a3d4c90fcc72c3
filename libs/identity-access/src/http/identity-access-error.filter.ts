import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { IdentityAccessError } from '../identity-access.errors';
import { toHttpException } from './http-errors';

/** Answers this library's typed failures on its own controllers; anything else goes on to the app's filters. */
@Catch(IdentityAccessError)
export class IdentityAccessErrorFilter implements ExceptionFilter<IdentityAccessError> {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: IdentityAccessError, host: ArgumentsHost): void {
    const exception = toHttpException(error);
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), exception.getResponse(), exception.getStatus());
  }
}
