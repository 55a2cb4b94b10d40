import { ValidateBy, type ValidationOptions } from "class-validator";
import { isCalendarDate } from "../../domain/calendar-date";

/** class-validator form of isCalendarDate, for date bounds in inputs. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: "isCalendarDate",
      validator: { validate: (value: unknown) => typeof value === "string" && isCalendarDate(value) },
    },
    options,
  );
