/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Discipline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.AccessDiscipline#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.AccessDiscipline#getWriter <em>Writer</em>}</li>
 *   <li>{@link org.wasmpart.model.AccessDiscipline#getProducer <em>Producer</em>}</li>
 *   <li>{@link org.wasmpart.model.AccessDiscipline#getConsumer <em>Consumer</em>}</li>
 *   <li>{@link org.wasmpart.model.AccessDiscipline#getControl <em>Control</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getAccessDiscipline()
 * @model
 * @generated
 */
public interface AccessDiscipline extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.DisciplineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.DisciplineKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(DisciplineKind)
	 * @see org.wasmpart.model.WasmpartPackage#getAccessDiscipline_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	DisciplineKind getKind();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.AccessDiscipline#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.DisciplineKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DisciplineKind value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.AccessDiscipline#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(DisciplineKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.AccessDiscipline#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(DisciplineKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Writer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writer</em>' reference.
	 * @see #setWriter(WasmModule)
	 * @see org.wasmpart.model.WasmpartPackage#getAccessDiscipline_Writer()
	 * @model
	 * @generated
	 */
	WasmModule getWriter();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.AccessDiscipline#getWriter <em>Writer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writer</em>' reference.
	 * @see #getWriter()
	 * @generated
	 */
	void setWriter(WasmModule value);

	/**
	 * Returns the value of the '<em><b>Producer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Producer</em>' reference.
	 * @see #setProducer(WasmModule)
	 * @see org.wasmpart.model.WasmpartPackage#getAccessDiscipline_Producer()
	 * @model
	 * @generated
	 */
	WasmModule getProducer();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.AccessDiscipline#getProducer <em>Producer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producer</em>' reference.
	 * @see #getProducer()
	 * @generated
	 */
	void setProducer(WasmModule value);

	/**
	 * Returns the value of the '<em><b>Consumer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumer</em>' reference.
	 * @see #setConsumer(WasmModule)
	 * @see org.wasmpart.model.WasmpartPackage#getAccessDiscipline_Consumer()
	 * @model
	 * @generated
	 */
	WasmModule getConsumer();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.AccessDiscipline#getConsumer <em>Consumer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consumer</em>' reference.
	 * @see #getConsumer()
	 * @generated
	 */
	void setConsumer(WasmModule value);

	/**
	 * Returns the value of the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a ring: the subpartition with the indices, which both sides write; the rest is data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control</em>' reference.
	 * @see #setControl(Subpartition)
	 * @see org.wasmpart.model.WasmpartPackage#getAccessDiscipline_Control()
	 * @model
	 * @generated
	 */
	Subpartition getControl();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.AccessDiscipline#getControl <em>Control</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' reference.
	 * @see #getControl()
	 * @generated
	 */
	void setControl(Subpartition value);

} // AccessDiscipline
