/**
 * What several features truly share (the current user and roles, translations, the graph picture,
 * page helpers): an open module, every type of it usable by the others.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.chainscout.common;

import org.springframework.modulith.ApplicationModule;
