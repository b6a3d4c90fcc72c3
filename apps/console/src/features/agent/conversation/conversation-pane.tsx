import { useState } from 'react';
import { useSession } from '../../../shared/auth/auth-context';
import { CustomerPanel } from '../customer/customer-panel';
import type { AgentActions } from '../use-agent-realtime';
import type { OpenConversation } from '../state/workspace-state';
import { ConversationHeader } from './conversation-header';
import { KbSearch } from './kb-search';
import { MessageThread } from './message-thread';
import { NotesPanel } from './notes-panel';
import { ReplyBox } from './reply-box';
import { RoutingHistory } from './routing-history';
import { TagsEditor } from './tags-editor';
import { TransferForm } from './transfer-form';
import { useConversationDetail } from './use-conversation-detail';
import { WrapUpForm } from './wrap-up-form';

/**
 * One open conversation: the thread and the reply, the agent's tools (knowledge base, notes, tags,
 * transfer, wrap-up) and the customer panel. Kept mounted while its tab is hidden, so a draft
 * survives switching tabs.
 */
export function ConversationPane({ conversation, actions, hidden }: { readonly conversation: OpenConversation; readonly actions: AgentActions; readonly hidden: boolean }) {
  const { user } = useSession();
  const id = conversation.conversationId;
  const idPrefix = `c-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const [draft, setDraft] = useState('');
  const [panel, setPanel] = useState<'none' | 'transfer' | 'wrap-up'>('none');
  const [customerName, setCustomerName] = useState<string | null>(null);
  // The timeline is read again as the conversation moves: each message, and its end.
  const version = conversation.messages.length + conversation.notes.length + (conversation.ended ? 1000 : 0);
  const { state: detail, retry: retryDetail } = useConversationDetail(id, version);
  const ready = detail.status === 'ready' ? detail.detail : null;
  const ended = conversation.ended !== null;

  return (
    <section className="pane" role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab`} hidden={hidden}>
      <div className="pane__conversation">
        <ConversationHeader
          conversation={conversation}
          customerName={customerName}
          onTransfer={() => setPanel('transfer')}
          onWrapUp={() => setPanel('wrap-up')}
          onClose={() => actions.close(id)}
        />
        {panel === 'transfer' && !ended && (
          <TransferForm currentQueue={conversation.routing.queueId} idPrefix={idPrefix} onCancel={() => setPanel('none')} onTransfer={(target) => actions.transfer(id, target)} />
        )}
        {panel === 'wrap-up' && !ended && <WrapUpForm idPrefix={idPrefix} onCancel={() => setPanel('none')} onWrapUp={(disposition) => actions.wrapUp(id, disposition)} />}
        <MessageThread messages={conversation.messages} notes={conversation.notes} entries={ready?.messages ?? []} myId={user.id} customerTyping={conversation.customerTyping} />
        <ReplyBox
          idPrefix={idPrefix}
          draft={draft}
          onDraft={setDraft}
          onSend={(text) => actions.send(id, text)}
          onTyping={(typing) => actions.typing(id, typing)}
          agentName={user.displayName}
          disabled={ended}
          focusOnMount={!hidden}
        />
      </div>
      <aside className="pane__tools" aria-label="Conversation tools">
        <KbSearch idPrefix={idPrefix} onInsert={(text) => setDraft((current) => (current ? `${current}\n${text}` : text))} />
        <NotesPanel idPrefix={idPrefix} notes={conversation.notes} onAdd={(text) => actions.addNote(id, text)} disabled={ended} />
        {/* Tags are the timeline's: changed on its conversation (its id may differ from routing's contact id). */}
        <TagsEditor idPrefix={idPrefix} conversationId={ready?.id ?? id} tags={ready?.tags ?? []} available={ready !== null} />
        <RoutingHistory idPrefix={idPrefix} steps={ready?.routingHistory ?? null} />
      </aside>
      <CustomerPanel detail={detail} onRetry={retryDetail} onName={setCustomerName} version={version} idPrefix={idPrefix} />
    </section>
  );
}
