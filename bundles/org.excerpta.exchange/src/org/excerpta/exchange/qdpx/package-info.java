/** REFI-QDA project exchange: .qdpx archives in and out. */
package org.excerpta.exchange.qdpx;
