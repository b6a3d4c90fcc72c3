import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@switchboard/config';
import { Public } from '@switchboard/runtime';
import type { Request, Response } from 'express';
import { problemAnswer, type WebhookAnswer } from './webhook-answer';
import { WebhookObserver } from './webhook-observer';
import { WebhookReceiver } from './webhook-receiver';
import { toWebhookRequest } from './webhook-request';

/**
 * Where providers call us. Public (providers carry no user token: each call is authenticated by
 * its provider's signature instead), raw bodies (the bootstrap keeps `/webhooks` unparsed).
 * Documented in docs/channels.md rather than the OpenAPI document, which is for API clients.
 */
@ApiExcludeController()
@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly receiver: WebhookReceiver,
    private readonly observer: WebhookObserver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':channelId')
  async receive(@Param('channelId') channelId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(channelId, response, () => this.receiver.receive(channelId, toWebhookRequest(request, this.config.publicBaseUrl)));
  }

  @Get(':channelId')
  async verifyUrl(@Param('channelId') channelId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(channelId, response, () => this.receiver.verifyUrl(channelId, toWebhookRequest(request, this.config.publicBaseUrl)));
  }

  private async answer(channelId: string, response: Response, work: () => Promise<WebhookAnswer>): Promise<void> {
    let answer: WebhookAnswer;
    try {
      answer = await work();
      this.observer.answered(channelId, answer);
    } catch (error) {
      this.observer.failed(channelId, error);
      answer = problemAnswer('unknown', 500, 'INTERNAL_ERROR', 'internal error', 'error');
    }
    // Written as is: providers get exactly the library's body, without express's ETag or charset rewriting.
    response.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
    response.setHeader('content-type', answer.contentType);
    response.setHeader('content-length', Buffer.byteLength(answer.body));
    response.end(answer.body);
  }
}
