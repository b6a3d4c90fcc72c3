export { createGenericHandler } from './generic.handler';
export { genericSignature, MAX_SIGNATURE_AGE_SECONDS } from './generic-signature';
export { GenericEventDto, GenericIdentityDto, GenericMediaDto, GenericReactionDto } from './generic-event.dto';
