window.LIBRO_BUSQUEDA.recibir("t-du",{"duracion":[3,[2,1,4,4,3,1,5,2,4,1,11,2]]});
