window.LIBRO_BUSQUEDA.recibir("t-su",{"suma":[3,[2,1,4,4,3,1,5,2,4,1,11,2]]});
