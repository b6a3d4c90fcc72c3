import { Presences, type Presence } from '@switchboard/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export { TransferTargetDto as ReassignDto } from '../../agent/dto/agent-requests.dto';

export class SetAgentPresenceDto {
  @IsString() @IsNotEmpty() @MaxLength(128) agentId!: string;
  @IsIn(Presences) presence!: Presence;
}
