import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { Db } from '../store/database';

/** A handler: a plain function of the store and its already-validated input. */
export type Handler<C extends Channel> = (db: Db, input: ParsedInput<C>) => ChannelOutput<C>;

export type HandlerMap = { [C in Channel]: Handler<C> };

/** One area's handlers (posts, staff, …); the areas merge into one HandlerMap. */
export type AreaHandlers<K extends Channel> = { [C in K]: Handler<C> };
