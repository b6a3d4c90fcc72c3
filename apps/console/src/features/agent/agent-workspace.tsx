import { useState } from 'react';
import { EmptyState } from '../../shared/components/empty-state';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { capacityLabel } from './capacity-label';
import { ConnectionBanner } from './connection-banner';
import { ConversationPane } from './conversation/conversation-pane';
import { ConversationTabs } from './conversation/conversation-tabs';
import { OfferCard } from './offer/offer-card';
import { PresenceSwitch } from './presence/presence-switch';
import { useAgentRealtime } from './use-agent-realtime';

const OFFER_END_WORDS = { accepted: 'accepted', declined: 'declined', expired: 'expired: it went back to the queue', withdrawn: 'withdrawn' } as const;

/** The agent's whole shift: presence, the ringing offer, the open conversations in tabs. */
export function AgentWorkspace() {
  const { state, actions } = useAgentRealtime();
  const [muted, setMuted] = useState(false);
  const presence = state.presence?.presence ?? 'offline';
  const offer = state.offer;
  useDocumentTitle(offer ? '🔔 Incoming contact' : 'Workspace');

  return (
    <main className="page workspace" id="main">
      <h1 className="visually-hidden">Agent workspace</h1>
      <div className="workspace__bar">
        <PresenceSwitch presence={state.presence} onChange={actions.setPresence} disabled={state.connection !== 'online'} />
        <label className="toggle">
          <input type="checkbox" checked={muted} onChange={(event) => setMuted(event.target.checked)} /> Mute ring
        </label>
      </div>
      <ConnectionBanner connection={state.connection} problem={state.connectionProblem} />
      {offer && <OfferCard key={offer.offerId} offer={offer} muted={muted} onAccept={() => actions.accept(offer)} onDecline={() => actions.decline(offer)} />}
      {!state.offer && state.lastOfferEnd && state.lastOfferEnd.reason !== 'accepted' && (
        <p className="banner banner--info" role="status">
          The last offer was {OFFER_END_WORDS[state.lastOfferEnd.reason]}.
        </p>
      )}
      {state.conversations.length === 0 ? (
        <EmptyState title="No open conversations">
          {presence === 'available'
            ? 'You are available: new contacts ring here. Try one from /widget-demo in another tab.'
            : 'Set yourself Available to receive contacts.'}
        </EmptyState>
      ) : (
        <>
          <ConversationTabs conversations={state.conversations} activeId={state.activeId} onActivate={actions.activate} capacityLabel={capacityLabel(state.presence)} />
          {state.conversations.map((conversation) => (
            <ConversationPane key={conversation.conversationId} conversation={conversation} actions={actions} hidden={conversation.conversationId !== state.activeId} />
          ))}
        </>
      )}
    </main>
  );
}
