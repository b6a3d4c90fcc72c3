import { Body, Controller, Get, Param, Patch, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { CurrentUser, RequireRole } from '@switchboard/runtime';
import { ContactLinks } from '../contacts/contact-links';
import { TimelinePages } from '../customers/timeline-pages';
import { actorOf } from '../http/actor';
import { TimelineErrorFilter } from '../http/timeline-error.filter';
import { ConversationCommands } from './conversation-commands';
import { ConversationChangeDto, ConversationDto, UpdateConversationDto, toConversationChangeDto, toConversationDto } from './dto/conversation.dto';

@ApiTags('conversations')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@RequireRole('agent')
@UseFilters(TimelineErrorFilter)
@Controller('api/conversations')
export class ConversationsController {
  constructor(
    private readonly pages: TimelinePages,
    private readonly commands: ConversationCommands,
    private readonly contacts: ContactLinks,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: 'A conversation with its messages and routing history (agent)',
    description: "`id` is the timeline's conversation id or a live contact's id as routing and the console know it (the conversation it stands for now).",
  })
  @ApiOkResponse({ type: ConversationDto })
  @ApiNotFoundResponse({ description: "no such conversation in the caller's tenant" })
  async get(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<ConversationDto> {
    return toConversationDto(await this.pages.conversation(caller.tenantId, await this.contacts.conversationFor(caller.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Add a note, add or remove tags (agent)' })
  @ApiOkResponse({ type: ConversationChangeDto })
  @ApiNotFoundResponse({ description: "no such conversation in the caller's tenant" })
  async update(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: UpdateConversationDto): Promise<ConversationChangeDto> {
    const state = await this.commands.change(actorOf(caller), await this.contacts.conversationFor(caller.tenantId, id), {
      ...(body.note !== undefined ? { note: body.note } : {}),
      ...(body.addTags ? { addTags: body.addTags } : {}),
      ...(body.removeTags ? { removeTags: body.removeTags } : {}),
    });
    return toConversationChangeDto(state);
  }
}
