window.LIBRO_BUSQUEDA.recibir("t-ne",{"networking":[3,[1,1,3,1,2,1,4,3,4,3,11,3,16,5,18,1]]});
