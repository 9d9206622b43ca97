"use client";
// One table in the facilitator's seating view: its name (renamable), who sits there as
// draggable name tags, and a guarded remove. The whole card is a drop target.
import { useTranslations } from "next-intl";
import { ConfirmButton } from "./ConfirmButton";
import { ParticipantChip, SeatDropZone, type Dragging } from "./SeatDropZone";
import { TableNameEditor } from "./TableNameEditor";
import type { ParticipantRow, TableRow } from "./TablesPanel";
import { buttonSmallDanger } from "./styles";

export interface DragProps {
  dragging: Dragging;
  onDragStart: (participantId: string) => void;
  onDragEnd: () => void;
  /** Seats the dropped participant here (tableId null = not seated). */
  onSeat: (participantId: string, tableId: string | null) => void;
}

interface Props extends DragProps {
  table: TableRow;
  people: ParticipantRow[];
  onRename: (name: string) => Promise<string | null>;
  onRemove: () => void;
}

export function TableCard({ table, people, onRename, onRemove, ...drag }: Props) {
  const t = useTranslations("workshop.tables");
  return (
    <li data-table={table.id}>
      <SeatDropZone dragging={drag.dragging} tableId={table.id} onDropParticipant={(id) => drag.onSeat(id, table.id)} className="h-full">
        <TableNameEditor tableId={table.id} name={table.name} onRename={onRename}>
          <ConfirmButton
            label={<><span aria-hidden="true">✕ </span>{t("remove")}<span className="sr-only">: {table.name}</span></>}
            question={t("removeQuestion", { name: table.name })}
            confirmLabel={t("removeConfirm")}
            onConfirm={onRemove}
            className={buttonSmallDanger}
          />
        </TableNameEditor>
        <p className="mt-1 text-muted">{t("seatCount", { count: people.length })}</p>
        <PeopleList people={people} {...drag} />
      </SeatDropZone>
    </li>
  );
}

/** The people who have joined but sit at no table: also a drop target, to unseat someone. */
export function UnseatedZone({ people, ...drag }: { people: ParticipantRow[] } & DragProps) {
  const t = useTranslations("workshop.tables");
  return (
    <SeatDropZone dragging={drag.dragging} tableId={null} onDropParticipant={(id) => drag.onSeat(id, null)}>
      <h4 className="text-xl font-bold">
        {t("unseated")}
        {people.length > 0 && <span className="font-normal text-muted"> ({t("seatCount", { count: people.length })})</span>}
      </h4>
      {people.length === 0 && <p className="mt-1 text-muted">{t("everyoneSeated")}</p>}
      <PeopleList people={people} wide {...drag} />
    </SeatDropZone>
  );
}

/** A column in a table card; side by side in the full-width "not seated" zone. */
function PeopleList({ people, wide = false, dragging, onDragStart, onDragEnd }: { people: ParticipantRow[]; wide?: boolean } & DragProps) {
  if (people.length === 0) return null;
  return (
    <ul className={`mt-3 flex gap-1.5 ${wide ? "flex-wrap" : "flex-col items-start"}`}>
      {people.map((p) => (
        <ParticipantChip key={p.id} participant={p} isDragged={dragging?.participantId === p.id} onDragStart={onDragStart} onDragEnd={onDragEnd} />
      ))}
    </ul>
  );
}
