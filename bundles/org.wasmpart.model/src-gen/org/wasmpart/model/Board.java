/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Board#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.wasmpart.model.Board#getPart <em>Part</em>}</li>
 *   <li>{@link org.wasmpart.model.Board#getCores <em>Cores</em>}</li>
 *   <li>{@link org.wasmpart.model.Board#getBanks <em>Banks</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getBoard()
 * @model
 * @generated
 */
public interface Board extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.wasmpart.model.WasmpartPackage#getBoard_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Board#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Part</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part</em>' attribute.
	 * @see #setPart(String)
	 * @see org.wasmpart.model.WasmpartPackage#getBoard_Part()
	 * @model
	 * @generated
	 */
	String getPart();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Board#getPart <em>Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part</em>' attribute.
	 * @see #getPart()
	 * @generated
	 */
	void setPart(String value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.Core}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cores</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getBoard_Cores()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Core> getCores();

	/**
	 * Returns the value of the '<em><b>Banks</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.MemoryBank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Banks</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getBoard_Banks()
	 * @model containment="true"
	 * @generated
	 */
	EList<MemoryBank> getBanks();

} // Board
