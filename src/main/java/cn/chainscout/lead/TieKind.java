package cn.chainscout.lead;

/** How an outside company is tied to a local firm (or to the group the local firm belongs to). */
public enum TieKind {
    /** it SUPPLIES the local firm */
    SUPPLIER,
    /** the local firm SUPPLIES it */
    CUSTOMER,
    /** it INVESTS_IN the local firm */
    SHAREHOLDER,
    /** the local firm is SUBSIDIARY_OF it */
    PARENT,
    /** the local firm INVESTS_IN it, or it is SUBSIDIARY_OF the local firm's group */
    HOLDING,
    /** PARTNERS_WITH, either way */
    PARTNER,
    /** a shareholder of the local firm also INVESTS_IN it */
    SIBLING,
    /** it SUPPLIES a customer the local firm also SUPPLIES */
    CO_SUPPLIER,
    /**
     * no known tie: it makes, as its main business, what the local firm's own segment buys (its segment FEEDS the
     * firm's): the classic 以商招商 "an anchor brings its suppliers", inferred from the chain, never a claimed relation
     */
    NEEDS
}
