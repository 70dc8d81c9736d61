window.LIBRO_BUSQUEDA.recibir("t-ne",{"networking":[3,[1,1,3,1,1,1,1,3,2,3,7,3,5,5,2,1]]});
