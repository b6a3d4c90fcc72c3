import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdentityKinds } from '@switchboard/contracts';
import { readable } from '@switchboard/timeline-domain';
import type { CustomerProfileView } from '../customer-profiles';
import type { CustomerSummary } from '../customer-search';

export class IdentityDto {
  @ApiProperty({ enum: IdentityKinds }) kind!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null once unreadable (erased)' }) value!: string | null;
}

export class ConsentStateDto {
  @ApiPropertyOptional({ enum: ['given', 'withdrawn'] }) contact?: string;
  @ApiPropertyOptional({ enum: ['given', 'withdrawn'] }) marketing?: string;
  @ApiPropertyOptional({ enum: ['given', 'withdrawn'] }) recording?: string;
}

export class CustomerProfileDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['active', 'erased'] }) status!: 'active' | 'erased';
  @ApiProperty({ nullable: true, type: String, description: 'The id asked for, when it was merged into this customer' }) redirectedFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) displayName!: string | null;
  @ApiProperty({ nullable: true, type: String }) company!: string | null;
  @ApiProperty({ nullable: true, type: String }) language!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', nullable: true } }) attributes!: Record<string, string | null>;
  @ApiProperty({ type: [IdentityDto] }) identities!: IdentityDto[];
  @ApiProperty({ type: ConsentStateDto }) consent!: ConsentStateDto;
  @ApiProperty({ type: [String], description: 'Customers merged into this one' }) mergedCustomerIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) asOf!: string | null;
}

export function toCustomerProfileDto(view: CustomerProfileView): CustomerProfileDto {
  const base = { id: view.id, redirectedFrom: view.redirectedFrom, createdAt: view.createdAt, updatedAt: view.updatedAt, asOf: view.asOf };
  const { state } = view;
  if (state.status === 'erased') {
    return { ...base, status: 'erased', displayName: null, company: null, language: null, attributes: {}, identities: [], consent: {}, mergedCustomerIds: state.erasedCustomerIds.filter((id) => id !== view.id) };
  }
  return {
    ...base,
    status: 'active',
    displayName: readable(state.profile.displayName),
    company: readable(state.profile.company),
    language: state.profile.language,
    attributes: Object.fromEntries(Object.entries(state.profile.attributes).map(([key, value]) => [key, readable(value)])),
    identities: state.identities.map((identity) => ({ kind: identity.kind, value: readable(identity.value) })),
    consent: { ...state.consent },
    mergedCustomerIds: [...state.absorbedCustomerIds],
  };
}

export class CustomerSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) displayName!: string | null;
  @ApiProperty({ nullable: true, type: String }) company!: string | null;
  @ApiProperty({ type: [IdentityDto] }) identities!: IdentityDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export function toCustomerSummaryDto(summary: CustomerSummary): CustomerSummaryDto {
  return { ...summary, identities: summary.identities.map(({ kind, value }) => ({ kind, value })) };
}
