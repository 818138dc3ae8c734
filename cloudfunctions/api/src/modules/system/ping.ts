import type { PublicHandler } from '../../context';

export const ping: PublicHandler<'system.ping'> = async () => ({ pong: true });
