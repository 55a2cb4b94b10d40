import { Field, Int, ObjectType } from "type-graphql";
import type { QuoteInText as QuoteInTextShape } from "../../entity/quote-in-text";

@ObjectType({ description: "Where a quote sits in its source's text: its first occurrence" })
export class QuoteInText implements QuoteInTextShape {
  @Field(() => Int, { description: "Characters (Unicode code points) of Source.text before the quote" })
  offset!: number;

  @Field(() => Int, { description: "The quote's length in code points" })
  length!: number;

  @Field(() => Int, { description: "1-based number of the paragraph it starts in, counting non-blank lines" })
  paragraph!: number;

  @Field({ description: "The whole paragraph (or paragraphs) the quote lies in, to show it in context" })
  paragraphText!: string;
}
