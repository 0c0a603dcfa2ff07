import { Text } from "@react-pdf/renderer";
import { styles as base } from "@/components/pdf/style";

/** On every page: the report's name and the page number. */
export function Footer() {
  return (
    <Text
      style={base.footer}
      render={({ pageNumber, totalPages }) => `MLOps maturity report · page ${pageNumber} of ${totalPages}`}
      fixed
    />
  );
}
