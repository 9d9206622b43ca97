// The wire between browser and server: room and voting shapes, and the socket.io event map.
export * from "./room";
export * from "./voting";
export * from "./events";
export * from "./boardPage";
