window.LIBRO_BUSQUEDA.recibir("t-de",{"declarad":[3,[2,1,4,4,3,1,5,2,4,1,11,2]],"descriptiv":[3,[2,1,4,2,3,1,5,1,4,1,11,1]]});
