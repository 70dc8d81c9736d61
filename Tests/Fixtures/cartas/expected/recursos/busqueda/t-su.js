window.LIBRO_BUSQUEDA.recibir("t-su",{"suma":[3,[2,1,4,4,1,1,1,2,1,1,6,2]]});
