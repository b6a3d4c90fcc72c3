import { useState } from 'react';
import type { Queue } from '../../../shared/api/routing.types';
import { useAuth } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { EmptyState } from '../../../shared/components/empty-state';
import { useAsync } from '../../../shared/hooks/use-async';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';
import { QueueForm } from './queue-form';

function overflowSummary(queue: Queue): string {
  if (queue.overflow.length === 0) return 'none';
  return queue.overflow.map((step) => `${step.afterSeconds} s: ${step.action}`).join(', ');
}

/** The tenant's queues with their service-level targets and overflow steps. */
export function QueuesPage() {
  useDocumentTitle('Queues · Admin');
  const { api } = useAuth();
  const queues = useAsync(() => api.queues.list(), [api]);
  const [editing, setEditing] = useState<Queue | 'new' | null>(null);
  const removal = useSubmit();

  return (
    <section aria-labelledby="queues-title">
      <div className="section-header">
        <h2 id="queues-title">Queues</h2>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New queue
        </button>
      </div>
      <FormError error={removal.error} />
      <AsyncView state={queues} label="Loading queues…">
        {(list) => (
          <>
            {list.length === 0 ? (
              <EmptyState title="No queues yet">Contacts go to a default queue until you create one.</EmptyState>
            ) : (
              <div className="table-scroll">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Queue</th>
                      <th scope="col">Channels</th>
                      <th scope="col">Skills</th>
                      <th scope="col">Target</th>
                      <th scope="col">Overflow</th>
                      <th scope="col">Self-service</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((queue) => (
                      <tr key={queue.id}>
                        <th scope="row">
                          {queue.name} <span className="muted">({queue.id})</span>
                        </th>
                        <td>{queue.channels.join(', ')}</td>
                        <td>{queue.requiredSkills.map((skill) => `${skill.skill} ≥ ${skill.minLevel}`).join(', ') || '—'}</td>
                        <td>
                          {queue.serviceLevel.percent}% in {queue.serviceLevel.withinSeconds} s
                        </td>
                        <td>{overflowSummary(queue)}</td>
                        <td>{queue.selfService ? 'yes' : 'no'}</td>
                        <td className="button-row">
                          <button type="button" className="button button--small" onClick={() => setEditing(queue)} aria-label={`Edit queue ${queue.name}`}>
                            Edit
                          </button>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            disabled={removal.pending}
                            onClick={() => {
                              if (window.confirm(`Delete the queue “${queue.name}”? New contacts go to another queue serving their channel.`)) {
                                void removal.run(async () => {
                                  await api.queues.remove(queue.id);
                                  queues.reload();
                                });
                              }
                            }}
                            aria-label={`Delete queue ${queue.name}`}
                          >
                            Delete
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {editing && (
              <QueueForm
                key={editing === 'new' ? 'new' : editing.id}
                queue={editing === 'new' ? null : editing}
                otherQueueIds={list.map((queue) => queue.id).filter((id) => editing === 'new' || id !== editing.id)}
                onCancel={() => setEditing(null)}
                onSave={async (id, input) => {
                  await api.queues.save(id, input);
                  setEditing(null);
                  queues.reload();
                }}
              />
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}
