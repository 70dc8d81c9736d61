window.LIBRO_BUSQUEDA.recibir("t-mo",{"modalidad":[3,[2,1,4,2,3,1,5,1,4,1,11,1]]});
