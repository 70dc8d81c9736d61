window.LIBRO_BUSQUEDA.recibir("t-de",{"declarad":[3,[2,1,4,4,1,1,1,2,1,1,6,2]],"descriptiv":[3,[2,1,4,2,1,1,1,1,1,1,6,1]]});
