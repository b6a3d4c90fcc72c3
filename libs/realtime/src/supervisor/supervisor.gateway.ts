import { Logger } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, type OnGatewayConnection, type OnGatewayDisconnect, type OnGatewayInit } from '@nestjs/websockets';
import { RealtimeNamespaces } from '@switchboard/contracts';
import { AccessTokenVerifier } from '@switchboard/identity-access';
import { RoutingService } from '@switchboard/routing';
import { transferTarget } from '../agent/assigned-conversation';
import { parsePayload } from '../shared/parse-payload';
import { RealtimeFailure, toRealtimeError } from '../shared/realtime-failure';
import { RealtimeRequests } from '../shared/realtime-requests';
import { RealtimeServers } from '../shared/realtime-servers';
import type { SupervisorNamespace, SupervisorSocket } from '../shared/realtime-sockets';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { Rooms } from '../shared/rooms';
import { disconnectAtExpiry, staffHandshake } from '../shared/staff-handshake';
import { ReassignDto, SetAgentPresenceDto } from './dto/supervisor-requests.dto';
import { FiguresBroadcaster } from './figures-broadcaster';

/**
 * `/supervisor`: the wallboard. The handshake requires the supervisor role; figures arrive at
 * connection and then every second (FiguresBroadcaster). Supervisors act within their tenant only:
 * the tenant always comes from the token, and routing scopes every call by it.
 */
@WebSocketGateway({ namespace: RealtimeNamespaces.supervisor })
export class SupervisorGateway implements OnGatewayInit<SupervisorNamespace>, OnGatewayConnection<SupervisorSocket>, OnGatewayDisconnect<SupervisorSocket> {
  private readonly logger = new Logger('Realtime');

  constructor(
    private readonly routing: RoutingService,
    private readonly verifier: AccessTokenVerifier,
    private readonly servers: RealtimeServers,
    private readonly requests: RealtimeRequests,
    private readonly metrics: RealtimeMetrics,
    private readonly figures: FiguresBroadcaster,
  ) {}

  afterInit(namespace: SupervisorNamespace): void {
    this.servers.registerSupervisor(namespace);
    namespace.use(staffHandshake(this.verifier, 'supervisor', this.metrics));
  }

  async handleConnection(socket: SupervisorSocket): Promise<void> {
    this.metrics.connectedSockets.inc({ namespace: RealtimeNamespaces.supervisor });
    disconnectAtExpiry(socket, (error) => socket.emit('error', error));
    const { tenantId } = socket.data.claims;
    // Watched before any await: a socket that drops meanwhile is unwatched by handleDisconnect.
    this.figures.watch(tenantId);
    await socket.join(Rooms.supervisors(tenantId));
    try {
      socket.emit('figures', await this.figures.read(tenantId));
    } catch (error) {
      this.logger.error({ err: error, socketId: socket.id }, 'supervisor figures could not be read');
      socket.emit('error', toRealtimeError(error, 'figures'));
    }
  }

  handleDisconnect(socket: SupervisorSocket): void {
    this.metrics.connectedSockets.dec({ namespace: RealtimeNamespaces.supervisor });
    // A socket refused at the handshake never connected and has no claims.
    const tenantId = socket.data.claims?.tenantId;
    if (tenantId) this.figures.unwatch(tenantId);
  }

  @SubscribeMessage('figures:get')
  getFigures(@ConnectedSocket() socket: SupervisorSocket, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'figures:get', ack, () => this.figures.read(socket.data.claims.tenantId));
  }

  @SubscribeMessage('agent:set-presence')
  setAgentPresence(@ConnectedSocket() socket: SupervisorSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { tenantId } = socket.data.claims;
    return this.requests.answer(socket, 'agent:set-presence', ack, async () => {
      const { agentId, presence } = parsePayload(SetAgentPresenceDto, body);
      // Only agents routing knows in this tenant: a supervisor cannot conjure a profile for any id.
      if (!(await this.routing.agent(tenantId, agentId))) throw new RealtimeFailure('NOT_FOUND', 'no such agent in your tenant');
      return this.routing.setPresence(tenantId, agentId, presence, { by: 'supervisor' });
    });
  }

  @SubscribeMessage('contact:reassign')
  reassign(@ConnectedSocket() socket: SupervisorSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { tenantId, sub } = socket.data.claims;
    return this.requests.answer(socket, 'contact:reassign', ack, async () => {
      const request = parsePayload(ReassignDto, body);
      const target = transferTarget(request);
      if (target.agentId && !(await this.routing.agent(tenantId, target.agentId))) throw new RealtimeFailure('NOT_FOUND', 'no such agent in your tenant');
      return this.routing.reassign(tenantId, sub, request.conversationId, target);
    });
  }
}
