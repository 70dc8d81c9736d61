window.LIBRO_BUSQUEDA.recibir("t-mo",{"modalidad":[3,[2,1,4,2,1,1,1,1,1,1,6,1]]});
