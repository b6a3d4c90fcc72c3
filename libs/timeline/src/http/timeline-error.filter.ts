import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TimelineDomainError } from '@switchboard/timeline-domain';
import { TimelineFeatureError } from '../timeline.errors';
import { toHttpException } from './timeline-http-errors';

/** Answers the timeline's typed refusals on its own controllers; anything else goes on to the app's filters. */
@Catch(TimelineDomainError, TimelineFeatureError)
export class TimelineErrorFilter implements ExceptionFilter<TimelineDomainError | TimelineFeatureError> {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: TimelineDomainError | TimelineFeatureError, host: ArgumentsHost): void {
    const exception = toHttpException(error);
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), exception.getResponse(), exception.getStatus());
  }
}
