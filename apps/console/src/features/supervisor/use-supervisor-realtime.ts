import type { AgentPresenceView, ConversationRoutingView, FiguresPush, ReassignRequest } from '@switchboard/contracts/realtime';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Presence } from '../../shared/api/routing.types';
import { useAuth } from '../../shared/auth/auth-context';
import { request } from '../../shared/realtime/ack';
import { connectSupervisor, type SupervisorSocket } from '../../shared/realtime/sockets';

export type SupervisorConnection = 'connecting' | 'online' | 'reconnecting' | 'refused';

export interface SupervisorActions {
  setAgentPresence(agentId: string, presence: Presence): Promise<AgentPresenceView>;
  reassign(request: ReassignRequest): Promise<ConversationRoutingView>;
}

/** The `/supervisor` socket: the latest figures (pushed every second) and the supervisor's actions. */
export function useSupervisorRealtime(onFigures: (figures: FiguresPush) => void) {
  const { session } = useAuth();
  const token = useRef(session?.accessToken ?? null);
  token.current = session?.accessToken ?? null;
  const listener = useRef(onFigures);
  listener.current = onFigures;
  const [figures, setFigures] = useState<FiguresPush | null>(null);
  const [connection, setConnection] = useState<SupervisorConnection>('connecting');
  const [problem, setProblem] = useState<string | null>(null);
  const socketRef = useRef<SupervisorSocket | null>(null);

  useEffect(() => {
    const socket = connectSupervisor(() => token.current);
    socketRef.current = socket;
    socket.on('connect', () => {
      setConnection('online');
      setProblem(null);
    });
    socket.on('disconnect', () => setConnection('reconnecting'));
    socket.on('connect_error', (error) => {
      if (!socket.active) {
        setConnection('refused');
        setProblem(error.message);
      }
    });
    socket.on('figures', (pushed) => {
      setFigures(pushed);
      listener.current(pushed);
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, []);

  const actions = useMemo<SupervisorActions>(() => {
    const socket = () => {
      if (!socketRef.current) throw new Error('not connected');
      return socketRef.current;
    };
    return {
      setAgentPresence: (agentId, presence) => request<AgentPresenceView>((ack) => socket().emit('agent:set-presence', { agentId, presence }, ack)),
      reassign: (target) => request<ConversationRoutingView>((ack) => socket().emit('contact:reassign', target, ack)),
    };
  }, []);

  return { figures, connection, problem, actions };
}
