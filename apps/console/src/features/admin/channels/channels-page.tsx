import { useAuth } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { EmptyState } from '../../../shared/components/empty-state';
import { useAsync } from '../../../shared/hooks/use-async';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { ChannelCard } from './channel-card';
import { ChannelCreateForm } from './channel-create-form';

/** The tenant's channel connections, each with the webhook URL its provider must call. */
export function ChannelsPage() {
  useDocumentTitle('Channels · Admin');
  const { api } = useAuth();
  const channels = useAsync(() => api.channels.list(), [api]);

  return (
    <section aria-labelledby="channels-title">
      <h2 id="channels-title">Channels</h2>
      <p className="muted">The web chat widget needs no channel: embed /widget.js. Every other provider calls its channel’s webhook URL.</p>
      <AsyncView state={channels} label="Loading channels…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No channels connected">Connect one below, then paste its webhook URL at the provider.</EmptyState>
          ) : (
            <div className="cards">
              {list.map((channel) => (
                <ChannelCard
                  key={channel.id}
                  channel={channel}
                  onChange={async (changes) => {
                    const updated = await api.channels.update(channel.id, changes);
                    if (channels.status === 'ready') channels.set(list.map((item) => (item.id === updated.id ? updated : item)));
                  }}
                  onRemove={async () => {
                    await api.channels.remove(channel.id);
                    channels.reload();
                  }}
                />
              ))}
            </div>
          )
        }
      </AsyncView>
      <ChannelCreateForm
        onCreate={async (input) => {
          await api.channels.create(input);
          channels.reload();
        }}
      />
    </section>
  );
}
