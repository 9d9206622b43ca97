// Voting services refuse with a VotingError; over a socket that becomes the ack's code.
import { HandlerError } from "../../realtime/handler";
import { VotingError } from "../errors";

export async function asHandlerErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VotingError) throw new HandlerError(error.code, error.message);
    throw error;
  }
}
